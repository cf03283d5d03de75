using ExpertBot.Cards;
using ExpertBot.Endorsements;
using ExpertBot.Expertise;
using ExpertBot.Hosting;
using ExpertBot.Localization;
using ExpertBot.Presence;
using ExpertBot.Privacy;
using ExpertBot.Storage;
using ExpertBot.Teams;
using Microsoft.Extensions.Options;

namespace ExpertBot.Routing;

/// <summary>
/// Who is asked next, and asking them: the question's next candidate who can be reached (a personal conversation is
/// stored), is willing (not hidden, forgotten or opted out), is not away or busy, and is under the weekly cap. Each
/// ask is claimed in the question's row (ETag) before its card is sent, with its answer window's timer written first.
/// </summary>
internal sealed partial class QuestionDispatcher(
    QuestionStore questions,
    RoutingLoadStore load,
    ConversationReferenceStore conversations,
    PreferenceStore preferences,
    IPresenceReader presence,
    ExpertiseCatalog catalog,
    RoutingMessenger messenger,
    TimeProvider time,
    IOptions<RoutingOptions> options,
    ILogger<QuestionDispatcher> logger)
{
    /// <summary>
    /// Keeps <see cref="RoutingOptions.BatchSize"/> people asked while the question is open: the next candidate who
    /// can be reached, is willing, is not away or busy and is under the weekly cap. With nobody asked and nobody left,
    /// the question is exhausted, and the asker is told (unless they are being answered right now).
    /// </summary>
    public async Task<RoutedQuestion?> FillAsync(string tenantId, string questionId, bool tellAsker, CancellationToken cancellationToken)
    {
        var o = options.Value;
        IReadOnlyDictionary<string, Availability>? availability = null;
        while (true)
        {
            if (await questions.GetAsync(tenantId, questionId, cancellationToken) is not { } question)
            {
                return null;
            }

            if (question.State != QuestionState.Open || question.Outstanding >= o.BatchSize)
            {
                return question;
            }

            if (question.Candidates.Count == 0)
            {
                return question.Outstanding > 0 ? question : await ExhaustAsync(question, tellAsker, cancellationToken);
            }

            availability ??= await presence.GetAsync(tenantId, [.. question.Candidates.Select(c => c.PersonId)], cancellationToken);
            var candidate = question.Candidates[0];
            var target = await ReachableAsync(question, candidate, availability, cancellationToken);
            if (target is null)
            {
                await questions.UpdateAsync(tenantId, questionId, q => IsNext(q, candidate) ? q with { Candidates = [.. q.Candidates.Skip(1)] } : null, cancellationToken);
                continue;
            }

            await AskOneAsync(question, candidate, target, cancellationToken);
        }
    }

    private async Task AskOneAsync(RoutedQuestion question, RoutedCandidate candidate, ConversationReference target, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var locale = target.Locale ?? catalog.For(question.TenantId)?.FindPerson(candidate.PersonId)?.PreferredLanguage;
        var language = LanguageExtensions.FromLocale(locale);
        var ask = new RoutedAsk(candidate.PersonId, candidate.Name, candidate.Upn, candidate.Why, candidate.WhyKind, AskState.Asked, now,
            language == Language.French ? "fr" : "en", target.ServiceUrl, target.ConversationId);
        await questions.ScheduleAsync(new DueTimer(question.TenantId, question.Id, DueKind.Window, now + options.Value.AnswerWindow), cancellationToken);
        var claim = await questions.UpdateAsync(question.TenantId, question.Id, q => q.State == QuestionState.Open && IsNext(q, candidate)
            ? q with { Candidates = [.. q.Candidates.Skip(1)], Asks = [.. q.Asks, ask] }
            : null, cancellationToken);
        if (claim is not { Changed: true })
        {
            return;
        }

        var texts = Texts.For(language);
        var card = RoutingCards.Question(question.Id, question.AskerName, question.Topic, question.Question, Why(candidate, question.Topic, texts), language);
        var (delivered, activityId) = await messenger.SendCardAsync(target.ServiceUrl, target.BotId, target.ConversationId, card,
            texts.Format("RoutedSummary", question.Topic), cancellationToken);
        await questions.UpdateAsync(question.TenantId, question.Id, q => q.AskOf(candidate.PersonId) is { State: AskState.Asked }
            ? q.WithAsk(candidate.PersonId, a => delivered ? a with { ActivityId = activityId } : a with { State = AskState.Unreachable })
            : null, cancellationToken);
    }

    /// <summary>Where to ask a candidate, or null (with the reason logged) when they must not or cannot be asked now.</summary>
    private async Task<ConversationReference?> ReachableAsync(RoutedQuestion question, RoutedCandidate candidate, IReadOnlyDictionary<string, Availability> availability, CancellationToken cancellationToken)
    {
        var reason = await SkipReasonAsync(question, candidate, availability, cancellationToken);
        if (reason is SkipReason.None)
        {
            var target = await conversations.FindPersonalAsync(question.TenantId, candidate.PersonId, cancellationToken);
            if (target is null)
            {
                reason = SkipReason.NotReachable;
            }
            else if (!await load.TryReserveAsync(question.TenantId, candidate.PersonId, EndorsementStore.WeekKey(time.GetUtcNow()), options.Value.WeeklyCap, cancellationToken))
            {
                reason = SkipReason.WeeklyCap;
            }
            else
            {
                return target;
            }
        }

        LogSkipped(logger, question.TenantId, reason);
        return null;
    }

    private async Task<SkipReason> SkipReasonAsync(RoutedQuestion question, RoutedCandidate candidate, IReadOnlyDictionary<string, Availability> availability, CancellationToken cancellationToken)
    {
        if (string.Equals(candidate.PersonId, question.AskerId, StringComparison.OrdinalIgnoreCase) || question.AskOf(candidate.PersonId) is not null)
        {
            return SkipReason.AlreadyInvolved;
        }

        if (availability.TryGetValue(candidate.PersonId, out var now) && (now.OutOfOffice || now.Status is PresenceStatus.Busy or PresenceStatus.DoNotDisturb))
        {
            return SkipReason.Unavailable;
        }

        var choices = await preferences.GetAsync(question.TenantId, candidate.PersonId, cancellationToken);
        return !choices.Findable ? SkipReason.Hidden : choices.NoRoutedQuestions ? SkipReason.OptedOut : SkipReason.None;
    }

    private async Task<RoutedQuestion?> ExhaustAsync(RoutedQuestion question, bool tellAsker, CancellationToken cancellationToken)
    {
        var update = await questions.UpdateAsync(question.TenantId, question.Id, q =>
            q is { State: QuestionState.Open, Outstanding: 0, Candidates.Count: 0 } ? q with { State = QuestionState.Exhausted } : null, cancellationToken);
        if (update is { Changed: true })
        {
            LogExhausted(logger, question.TenantId, question.Asks.Count);
            if (tellAsker)
            {
                await messenger.TextToAskerAsync(update.Question, Texts.For(question.AskerLanguage).Format("NobodyLeft", question.Topic), cancellationToken);
            }
        }

        return update?.Question;
    }

    /// <summary>Why the bot thinks they know, in the expert's words: their strongest evidence line first.</summary>
    private static string Why(RoutedCandidate candidate, string topic, Texts texts) => candidate.WhyKind switch
    {
        WhyKind.Shows => texts.Format("RoutedWhyShows", Escape(candidate.Why)),
        WhyKind.Says => texts.Format("RoutedWhySays", Escape(candidate.Why)),
        _ => texts.Format("RoutedWhyVouched", Escape(topic)),
    };

    private static string Escape(string text) => AdaptiveCard.Escape(text);

    private static bool IsNext(RoutedQuestion q, RoutedCandidate candidate) =>
        q.Candidates.Count > 0 && string.Equals(q.Candidates[0].PersonId, candidate.PersonId, StringComparison.OrdinalIgnoreCase);

    private enum SkipReason
    {
        None,
        AlreadyInvolved,
        Unavailable,
        Hidden,
        OptedOut,
        NotReachable,
        WeeklyCap,
    }

    [LoggerMessage(EventId = EventIds.Routing.CandidateSkipped, Level = LogLevel.Debug, Message = "A candidate of tenant {TenantId} was not asked: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string tenantId, SkipReason reason);

    [LoggerMessage(EventId = EventIds.Routing.Exhausted, Level = LogLevel.Information, Message = "A routed question of tenant {TenantId} found nobody ({Asked} people asked)")]
    private static partial void LogExhausted(ILogger logger, string tenantId, int asked);
}
