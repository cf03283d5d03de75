using System.Collections.Concurrent;
using System.Net;
using ExpertBot.Teams;

namespace ExpertBot.Tests.Digest;

/// <summary>
/// A Bot Connector that counts the digests each conversation received. It can die after N sends (a crash:
/// the exception escapes), cancel the run after N sends (a shutdown), or refuse some conversations.
/// </summary>
internal sealed class CountingConnector : IConnectorClient
{
    private readonly ConcurrentDictionary<string, int> received = new(StringComparer.Ordinal);
    private int sends;

    public int? CrashAfter { get; init; }

    public (int After, CancellationTokenSource Source)? CancelAfter { get; init; }

    /// <summary>Conversations that answer with this status (403: the app was removed; 502: the service is down).</summary>
    public ConcurrentDictionary<string, HttpStatusCode> Refuse { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Received => received;

    public int Sends => Volatile.Read(ref sends);

    public Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        if (Refuse.TryGetValue(conversationId, out var status))
        {
            throw new ConnectorException(status, "refused");
        }

        var n = Interlocked.Increment(ref sends);
        if (n > CrashAfter)
        {
            throw new InvalidOperationException("The sender's process died.");
        }

        received.AddOrUpdate(conversationId, 1, (_, c) => c + 1);
        if (CancelAfter is { } cancel && n >= cancel.After)
        {
            cancel.Source.Cancel();
        }

        return Task.FromResult<string?>("activity-" + n);
    }

    public Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public Task<string> CreateConversationAsync(string serviceUrl, string botId, string userId, string tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult("a:1to1-" + userId);
}
