using ExpertBot.Cards;
using ExpertBot.Hosting;
using ExpertBot.Localization;
using ExpertBot.Privacy;
using Microsoft.Extensions.Options;

namespace ExpertBot.Routing;

/// <summary>
/// The life of a routed question: ask the best available people (through <see cref="QuestionDispatcher"/>),
/// introduce the first who accepts (exactly once: the accept is an ETag-guarded transition), tell the others, move
/// on when someone says "not me" or a window passes, and later ask whether the expert helped. Every state change
/// is written before the message it causes, so a retry or a second instance never sends it twice.
/// </summary>
internal sealed partial class QuestionRouter(
    QuestionStore questions,
    ThanksStore thanks,
    PreferenceStore preferences,
    QuestionDispatcher dispatcher,
    RoutingMessenger messenger,
    TimeProvider time,
    IOptions<RoutingOptions> options,
    ILogger<QuestionRouter> logger)
{
    /// <summary>Stores the question and asks the first batch; returns the question as it stands (its Asks say who was asked).</summary>
    public async Task<RoutedQuestion?> AskAsync(RoutedQuestion question, CancellationToken cancellationToken = default)
    {
        // The purge timer first: whatever happens next, the question does not outlive its keeping time.
        await questions.ScheduleAsync(new DueTimer(question.TenantId, question.Id, DueKind.Purge, question.CreatedAt.AddDays(options.Value.KeepDays)), cancellationToken);
        await questions.AddAsync(question, cancellationToken);
        var result = await dispatcher.FillAsync(question.TenantId, question.Id, tellAsker: false, cancellationToken);
        LogAsked(logger, question.TenantId, result?.Outstanding ?? 0, question.Candidates.Count);
        return result;
    }

    public async Task<RouteResult> AcceptAsync(string tenantId, string questionId, string expertId, CancellationToken cancellationToken = default)
    {
        if (await questions.GetAsync(tenantId, questionId, cancellationToken) is not { } question)
        {
            return new RouteResult(RouteOutcome.Unknown, null);
        }

        if (question.AskOf(expertId) is null)
        {
            return new RouteResult(RouteOutcome.NotAsked, question);
        }

        if ((await preferences.GetAsync(tenantId, expertId, cancellationToken)).Forgotten)
        {
            return new RouteResult(RouteOutcome.Forgotten, question);
        }

        var now = time.GetUtcNow();
        if (question.State != QuestionState.Taken)
        {
            await questions.ScheduleAsync(new DueTimer(tenantId, questionId, DueKind.Thanks, now + options.Value.ThanksAfter), cancellationToken);
        }

        // A late "I can help" (after the window, even after the asker was told nobody could) is still welcome.
        var update = await questions.UpdateAsync(tenantId, questionId, q => q.State == QuestionState.Taken ? null
            : q.WithAsk(expertId, a => a with { State = AskState.Accepted }) with { State = QuestionState.Taken, AcceptedBy = expertId, AcceptedAt = now },
            cancellationToken);
        if (update is null)
        {
            return new RouteResult(RouteOutcome.Unknown, null);
        }

        var current = update.Question;
        if (!update.Changed)
        {
            return new RouteResult(string.Equals(current.AcceptedBy, expertId, StringComparison.OrdinalIgnoreCase) ? RouteOutcome.AlreadyYours : RouteOutcome.Taken, current);
        }

        LogAccepted(logger, tenantId, current.Asks.Count);
        await IntroduceAsync(current, expertId, cancellationToken);
        return new RouteResult(RouteOutcome.Accepted, current);
    }

    public async Task<RouteResult> DeclineAsync(string tenantId, string questionId, string expertId, CancellationToken cancellationToken = default)
    {
        var update = await questions.UpdateAsync(tenantId, questionId, q => q.AskOf(expertId) is { State: AskState.Asked or AskState.Expired }
            ? q.WithAsk(expertId, a => a with { State = AskState.Declined })
            : null, cancellationToken);
        if (update is null)
        {
            return new RouteResult(RouteOutcome.Unknown, null);
        }

        var current = update.Question;
        if (current.AskOf(expertId) is null)
        {
            return new RouteResult(RouteOutcome.NotAsked, current);
        }

        if (current.State == QuestionState.Taken)
        {
            return new RouteResult(string.Equals(current.AcceptedBy, expertId, StringComparison.OrdinalIgnoreCase) ? RouteOutcome.AlreadyYours : RouteOutcome.Taken, current);
        }

        // "Not me": the next candidate is asked at once, the batch stays full.
        await dispatcher.FillAsync(tenantId, questionId, tellAsker: true, cancellationToken);
        return new RouteResult(RouteOutcome.Declined, current);
    }

    /// <summary>The asker's answer to "did they help?": a "yes" is a thank-you, once, only from the question's own asker.</summary>
    public async Task<RouteResult> ThankAsync(string tenantId, string questionId, string clickerId, bool helped, CancellationToken cancellationToken = default)
    {
        if (await questions.GetAsync(tenantId, questionId, cancellationToken) is not { } question)
        {
            return new RouteResult(RouteOutcome.Unknown, null);
        }

        if (!string.Equals(question.AskerId, clickerId, StringComparison.OrdinalIgnoreCase))
        {
            return new RouteResult(RouteOutcome.NotAsker, question);
        }

        if (question is not { State: QuestionState.Taken, AcceptedBy: { } expertId } || string.Equals(expertId, clickerId, StringComparison.OrdinalIgnoreCase))
        {
            return new RouteResult(RouteOutcome.NotIntroduced, question);
        }

        if (!helped)
        {
            await questions.UpdateAsync(tenantId, questionId, q => q.Thanks == ThanksState.Yes ? null : q with { Thanks = ThanksState.No }, cancellationToken);
            return new RouteResult(RouteOutcome.NotHelped, question);
        }

        if ((await preferences.GetAsync(tenantId, expertId, cancellationToken)).Forgotten || (await preferences.GetAsync(tenantId, clickerId, cancellationToken)).Forgotten)
        {
            // Either asked to be forgotten: a thank-you would store something about them again.
            return new RouteResult(RouteOutcome.Forgotten, question);
        }

        var added = await thanks.AddAsync(new ThankYou(tenantId, expertId, question.TopicKey, question.Topic, clickerId, questionId, time.GetUtcNow()), cancellationToken);
        await questions.UpdateAsync(tenantId, questionId, q => q.Thanks == ThanksState.Yes ? null : q with { Thanks = ThanksState.Yes }, cancellationToken);
        if (added)
        {
            LogThanked(logger, tenantId);
        }

        return new RouteResult(added ? RouteOutcome.Thanked : RouteOutcome.AlreadyThanked, question);
    }

    /// <summary>A timer is due: move the question on, ask for thanks, or delete it. The timer is removed once handled.</summary>
    public async Task HandleDueAsync(DueTimer timer, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var window = options.Value.AnswerWindow;
        switch (timer.Kind)
        {
            case DueKind.Window:
                var expired = await questions.UpdateAsync(timer.TenantId, timer.QuestionId, q =>
                    q.State == QuestionState.Open && q.Asks.Any(a => a.State == AskState.Asked && a.AskedAt + window <= now)
                        ? q with { Asks = [.. q.Asks.Select(a => a.State == AskState.Asked && a.AskedAt + window <= now ? a with { State = AskState.Expired } : a)] }
                        : null,
                    cancellationToken);
                if (expired is { Question.State: QuestionState.Open })
                {
                    await dispatcher.FillAsync(timer.TenantId, timer.QuestionId, tellAsker: true, cancellationToken);
                }

                break;
            case DueKind.Thanks:
                var asking = await questions.UpdateAsync(timer.TenantId, timer.QuestionId, q =>
                    q is { State: QuestionState.Taken, Thanks: ThanksState.None } ? q with { Thanks = ThanksState.Asked } : null, cancellationToken);
                if (asking is { Changed: true, Question: { AcceptedBy: { } expertId } question } && question.AskOf(expertId) is { } expert)
                {
                    var texts = Texts.For(question.AskerLanguage);
                    await messenger.ToAskerAsync(question, RoutingCards.ThanksQuestion(question.Id, expert.Name, question.Topic, question.AskerLanguage),
                        texts.Format("ThanksSummary", expert.Name), cancellationToken);
                }

                break;
            case DueKind.Purge:
                await questions.DeleteAsync(timer.TenantId, timer.QuestionId, cancellationToken);
                break;
        }

        await questions.CompleteAsync(timer, cancellationToken);
    }

    /// <summary>The asker gets the expert (a card with Chat), and the others still asked are told it is taken.</summary>
    private async Task IntroduceAsync(RoutedQuestion question, string expertId, CancellationToken cancellationToken)
    {
        var expert = question.AskOf(expertId)!;
        var texts = Texts.For(question.AskerLanguage);
        await messenger.ToAskerAsync(question, RoutingCards.Introduction(
            texts.Format("IntroAskerTitle", Escape(expert.Name), Escape(question.Topic)),
            expert.Upn is null ? texts.Format("IntroNoLink", Escape(expert.Name)) : texts["IntroAskerBody"],
            question.Question, expert.Upn, question.AskerLanguage), texts.Format("IntroAskerTitle", expert.Name, question.Topic), cancellationToken);

        foreach (var other in question.Asks.Where(a => a.State is AskState.Asked or AskState.Expired && !string.Equals(a.PersonId, expertId, StringComparison.OrdinalIgnoreCase)))
        {
            var theirs = Texts.For(LanguageOf(other));
            await messenger.SendTextAsync(other.ServiceUrl, question.BotId, other.ConversationId,
                theirs.Format("RoutedTakenNote", expert.Name, question.AskerName, question.Topic), cancellationToken);
        }
    }

    internal static Language LanguageOf(RoutedAsk ask) => ask.Language == "fr" ? Language.French : Language.English;

    private static string Escape(string text) => AdaptiveCard.Escape(text);

    [LoggerMessage(EventId = EventIds.Routing.Asked, Level = LogLevel.Information, Message = "A question of tenant {TenantId} was routed: {Asked} people asked of {Candidates} candidates")]
    private static partial void LogAsked(ILogger logger, string tenantId, int asked, int candidates);

    [LoggerMessage(EventId = EventIds.Routing.Accepted, Level = LogLevel.Information, Message = "A routed question of tenant {TenantId} was accepted ({Asked} people asked); the asker was introduced")]
    private static partial void LogAccepted(ILogger logger, string tenantId, int asked);

    [LoggerMessage(EventId = EventIds.Routing.Thanked, Level = LogLevel.Information, Message = "A thank-you was recorded in tenant {TenantId}")]
    private static partial void LogThanked(ILogger logger, string tenantId);
}
