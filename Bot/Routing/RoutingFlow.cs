using ExpertBot.Cards;
using ExpertBot.Conversation;
using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Privacy;
using ExpertBot.Storage;
using ExpertBot.Teams;
using Microsoft.Extensions.Options;

namespace ExpertBot.Routing;

/// <summary>
/// "Ask them" from the results card, an expert's "I can help" / "Not me", and the asker's "did they help?": a turn
/// in, a reply out. The confirmation and every answer are in the clicker's language; the router does the rest.
/// </summary>
internal sealed class RoutingFlow(
    AnswerBuilder answers,
    QuestionRouter router,
    ExpertiseCatalog catalog,
    PreferenceStore preferences,
    ConversationReferenceStore conversations,
    TimeProvider time,
    IOptions<RoutingOptions> options)
{
    /// <summary>adaptiveCard/action with a routing verb.</summary>
    public async Task<Reply> OnInvokeAsync(Turn turn, CancellationToken cancellationToken = default)
    {
        if (RoutingAction.FromInvoke(turn.Activity.Value) is not { } action)
        {
            return new Reply.BadRequest("A routing action needs verb askExperts with data {topic, question}, or an answer verb with data {q}.");
        }

        turn = turn.InLanguage(action.Language ?? turn.Language);
        if (turn.TenantId is not { } tenantId || turn.ViewerId is not { } viewerId)
        {
            return new Reply.Text(turn.Texts["NoIdentity"]);
        }

        return action switch
        {
            RoutingAction.Ask ask => await AskAsync(turn, tenantId, viewerId, ask, cancellationToken),
            RoutingAction.Answer { Verb: RoutingVerbs.Accept } answer => Answered(turn, await router.AcceptAsync(tenantId, answer.QuestionId, viewerId, cancellationToken), viewerId),
            RoutingAction.Answer { Verb: RoutingVerbs.Decline } answer => Answered(turn, await router.DeclineAsync(tenantId, answer.QuestionId, viewerId, cancellationToken), viewerId),
            RoutingAction.Answer answer => Answered(turn, await router.ThankAsync(tenantId, answer.QuestionId, viewerId, answer.Verb == RoutingVerbs.ThanksYes, cancellationToken), viewerId),
            _ => new Reply.BadRequest("Unknown routing action."),
        };
    }

    private async Task<Reply> AskAsync(Turn turn, string tenantId, string askerId, RoutingAction.Ask ask, CancellationToken cancellationToken)
    {
        var texts = turn.Texts;
        if (!options.Value.Enabled)
        {
            return new Reply.Text(texts.Format("AskNobody", ask.Topic));
        }

        if ((await preferences.GetAsync(tenantId, askerId, cancellationToken)).Forgotten)
        {
            // Routing keeps who asked until the question is settled: "forget me" rules that out.
            return new Reply.Text(texts["AskForgotten"]);
        }

        if (catalog.For(tenantId) is not { } index
            || await answers.ExpertsAsync(tenantId, askerId, ask.Topic, turn.Language, 0, options.Value.MaxCandidates, cancellationToken) is not { } found)
        {
            return new Reply.Text(texts["NotReady"]);
        }

        var activity = turn.Activity;
        var personal = await conversations.FindPersonalAsync(tenantId, askerId, cancellationToken)
            ?? (ConversationReference.From(activity) is { ConversationType: null or "personal" } here ? here : null);
        if ((personal?.ServiceUrl ?? activity.ServiceUrl) is not { } serviceUrl || (personal?.BotId ?? activity.Recipient?.Id) is not { } botId)
        {
            return new Reply.Text(texts["NoIdentity"]);
        }

        var asker = index.FindPerson(askerId);
        var max = options.Value.MaxQuestionLength;
        var words = ask.Question.Length <= max ? ask.Question : ask.Question[..(char.IsHighSurrogate(ask.Question[max - 1]) ? max - 1 : max)] + "…";
        var question = new RoutedQuestion
        {
            TenantId = tenantId,
            Id = Guid.NewGuid().ToString("N"),
            AskerId = askerId,
            AskerName = asker?.DisplayName ?? activity.From?.Name ?? texts["AColleague"],
            AskerUpn = asker?.UserPrincipalName ?? asker?.Mail,
            AskerLanguage = turn.Language,
            ServiceUrl = serviceUrl,
            BotId = botId,
            AskerUserId = activity.From?.Id,
            AskerConversationId = personal?.ConversationId,
            Topic = found.Topic,
            TopicKey = TopicLexicon.Curated.Normalise(ask.Topic),
            Question = words,
            CreatedAt = time.GetUtcNow(),
            Candidates = [.. found.People
                .Where(p => !string.Equals(p.PersonId, askerId, StringComparison.OrdinalIgnoreCase))
                .Select(p => Candidate(p, index))],
        };

        var routed = await router.AskAsync(question, cancellationToken);
        var asked = routed?.Asks.Where(a => a.State == AskState.Asked).Select(a => a.Name).ToArray() ?? [];
        return new Reply.Text(asked.Length == 0
            ? texts.Format("AskNobody", found.Topic)
            : texts.Format("AskConfirm", Names(asked, texts), found.Topic));
    }

    private static Reply Answered(Turn turn, RouteResult result, string viewerId)
    {
        var q = result.Question;
        // The clicker's language: an expert's as their card was written, the asker's own otherwise.
        var texts = q?.AskOf(viewerId) is { } ask ? Texts.For(QuestionRouter.LanguageOf(ask)) : turn.Texts;
        var language = texts.Language;
        var expertName = q?.AcceptedBy is { } accepted ? q.AskOf(accepted)?.Name ?? texts["AColleague"] : texts["AColleague"];
        return result.Outcome switch
        {
            RouteOutcome.Accepted or RouteOutcome.AlreadyYours => new Reply.UpdatedCard(
                RoutingCards.Introduction(texts.Format("IntroExpertTitle", AdaptiveCard.Escape(q!.AskerName)), texts.Format("IntroExpertBody", AdaptiveCard.Escape(q.AskerName)),
                    q.Question, q.AskerUpn, language),
                texts.Format("IntroExpertTitle", q.AskerName)),
            RouteOutcome.Taken => new Reply.UpdatedCard(RoutingCards.Notice(texts.Format("RoutedTaken", AdaptiveCard.Escape(expertName))), texts["RoutedTakenSummary"]),
            RouteOutcome.Declined => new Reply.UpdatedCard(RoutingCards.Notice(texts["RoutedDeclined"]), texts["RoutedDeclined"]),
            RouteOutcome.NotAsked => new Reply.Text(texts["RoutedNotYours"]),
            RouteOutcome.Forgotten => new Reply.Text(texts["AskForgotten"]),
            RouteOutcome.Thanked or RouteOutcome.AlreadyThanked => new Reply.UpdatedCard(
                RoutingCards.Notice(texts.Format("ThanksRecorded", AdaptiveCard.Escape(expertName), AdaptiveCard.Escape(q!.Topic))), texts["ThanksNoted"]),
            RouteOutcome.NotHelped => new Reply.UpdatedCard(RoutingCards.Notice(texts["ThanksNoted"]), texts["ThanksNoted"]),
            RouteOutcome.NotAsker => new Reply.Text(texts["ThanksNotYours"]),
            _ => new Reply.Text(texts["RoutedUnknown"]),
        };
    }

    private static RoutedCandidate Candidate(PersonCardModel person, ExpertIndex index)
    {
        var found = index.FindPerson(person.PersonId);
        var upn = person.UserPrincipalName ?? found?.UserPrincipalName ?? found?.Mail;
        return person.Shows.Count > 0 ? new RoutedCandidate(person.PersonId, person.Name, upn, person.Shows[0].Title, WhyKind.Shows)
            : person.Says.Count > 0 ? new RoutedCandidate(person.PersonId, person.Name, upn, string.Join(", ", person.Says.Take(3)), WhyKind.Says)
            : new RoutedCandidate(person.PersonId, person.Name, upn, string.Empty, WhyKind.Vouched);
    }

    private static string Names(string[] names, Texts texts) =>
        names.Length == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Length - 1))} {texts["DigestAnd"]} {names[^1]}";
}
