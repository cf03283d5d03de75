using ExpertBot.Hosting;
using ExpertBot.Privacy;

namespace ExpertBot.Routing;

/// <summary>
/// "Forget me" for routing: the questions the person asked or accepted are deleted (with their timers), they are
/// taken out of the questions they were only asked or proposed for, and their thanks and weekly counters go too.
/// </summary>
internal sealed partial class RoutingEraser(QuestionStore questions, ThanksStore thanks, RoutingLoadStore load, ILogger<RoutingEraser> logger) : IPersonDataEraser
{
    public async Task<int> EraseAsync(string tenantId, string personId, CancellationToken cancellationToken = default)
    {
        var erased = 0;
        foreach (var question in await questions.ListAsync(tenantId, cancellationToken))
        {
            if (Same(question.AskerId, personId) || Same(question.AcceptedBy, personId))
            {
                await questions.DeleteAsync(tenantId, question.Id, cancellationToken);
                await questions.DeleteTimersAsync(tenantId, question.Id, cancellationToken);
                erased++;
            }
            else if (question.Candidates.Any(c => Same(c.PersonId, personId)) || question.AskOf(personId) is not null)
            {
                await questions.UpdateAsync(tenantId, question.Id, q => q with
                {
                    Candidates = [.. q.Candidates.Where(c => !Same(c.PersonId, personId))],
                    Asks = [.. q.Asks.Where(a => !Same(a.PersonId, personId))],
                }, cancellationToken);
                erased++;
            }
        }

        erased += await thanks.EraseAsync(tenantId, personId, cancellationToken);
        await load.EraseAsync(tenantId, personId, cancellationToken);
        LogErased(logger, tenantId, erased);
        return erased;
    }

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(EventId = EventIds.Routing.Erased, Level = LogLevel.Information, Message = "Forget me in tenant {TenantId}: {Count} routed questions and thanks erased or scrubbed")]
    private static partial void LogErased(ILogger logger, string tenantId, int count);
}
