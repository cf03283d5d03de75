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
/// The life of a routed question: ask the best available people a batch at a time, introduce the first who
/// accepts (exactly once: the accept is an ETag-guarded transition), tell the others, move on when someone says
/// "not me" or a window passes, tell the asker honestly when nobody is left, and later ask whether the expert helped.
/// Every state change is written before the message it causes, so a retry or a second instance never sends it twice.
/// </summary>
internal sealed partial class QuestionRouter(
    QuestionStore questions,
    RoutingLoadStore load,
    ThanksStore thanks,
    ConversationReferenceStore conversations,
    PreferenceStore preferences,
    IPresenceReader presence,
    ExpertiseCatalog catalog,
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
        var result = await FillAsync(question.TenantId, question.Id, tellAsker: false, cancellationToken);
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
        await FillAsync(tenantId, questionId, tellAsker: true, cancellationToken);
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
                    await FillAsync(timer.TenantId, timer.QuestionId, tellAsker: true, cancellationToken);
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

    /// <summary>
    /// Keeps <see cref="RoutingOptions.BatchSize"/> people asked while the question is open: the next candidate who
    /// can be reached, is willing, is not away or busy and is under the weekly cap. With nobody asked and nobody left,
    /// the question is exhausted, and the asker is told (unless they are being answered right now).
    /// </summary>
    private async Task<RoutedQuestion?> FillAsync(string tenantId, string questionId, bool tellAsker, CancellationToken cancellationToken)
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

    [LoggerMessage(EventId = EventIds.Routing.Asked, Level = LogLevel.Information, Message = "A question of tenant {TenantId} was routed: {Asked} people asked of {Candidates} candidates")]
    private static partial void LogAsked(ILogger logger, string tenantId, int asked, int candidates);

    [LoggerMessage(EventId = EventIds.Routing.CandidateSkipped, Level = LogLevel.Debug, Message = "A candidate of tenant {TenantId} was not asked: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string tenantId, SkipReason reason);

    [LoggerMessage(EventId = EventIds.Routing.Accepted, Level = LogLevel.Information, Message = "A routed question of tenant {TenantId} was accepted ({Asked} people asked); the asker was introduced")]
    private static partial void LogAccepted(ILogger logger, string tenantId, int asked);

    [LoggerMessage(EventId = EventIds.Routing.Exhausted, Level = LogLevel.Information, Message = "A routed question of tenant {TenantId} found nobody ({Asked} people asked)")]
    private static partial void LogExhausted(ILogger logger, string tenantId, int asked);

    [LoggerMessage(EventId = EventIds.Routing.Thanked, Level = LogLevel.Information, Message = "A thank-you was recorded in tenant {TenantId}")]
    private static partial void LogThanked(ILogger logger, string tenantId);
}

/// <summary>What an answer on a routed question did, and the question as it stands.</summary>
internal sealed record RouteResult(RouteOutcome Outcome, RoutedQuestion? Question);

internal enum RouteOutcome
{
    Accepted,
    AlreadyYours,
    Taken,
    Declined,
    NotAsked,
    Unknown,
    Forgotten,
    Thanked,
    AlreadyThanked,
    NotHelped,
    NotAsker,
    NotIntroduced,
}
