using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Endorsements;
using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Teams;
using ExpertBot.Hosting;

namespace ExpertBot.Conversation;

/// <summary>Endorsing and withdrawing, from a card (Universal Action or older Action.Submit) or from chat.</summary>
internal sealed partial class EndorseFlow(
    ExpertiseCatalog catalog,
    EndorsementService endorsements,
    ExpertBot.Privacy.PreferenceStore preferences,
    AnswerBuilder answers,
    Microsoft.Extensions.Options.IOptions<EndorsementOptions> options,
    ILogger<EndorseFlow> logger)
{
    /// <summary>adaptiveCard/action: apply the action and answer with the refreshed card, or a message saying why not.</summary>
    public async Task<Reply> OnInvokeAsync(Turn turn, CancellationToken cancellationToken = default)
    {
        if (CardAction.FromInvoke(turn.Activity.Value) is not { } action)
        {
            return new Reply.BadRequest("The action needs verb endorse or withdraw and data {personId, topic}.");
        }

        return await AnswerActionAsync(turn, action, cancellationToken);
    }

    /// <summary>Action.Submit from an older client: same rules; the card is updated in place when its id is known.</summary>
    public Task<Reply> OnSubmitAsync(Turn turn, CardAction action, CancellationToken cancellationToken = default) =>
        AnswerActionAsync(turn, action, cancellationToken);

    /// <summary>"endorse Alice Martin for Kubernetes": endorse directly, or ask which Alice Martin.</summary>
    public async Task<Reply> OnChatAsync(Turn turn, Intent.Endorse intent, CancellationToken cancellationToken = default)
    {
        var texts = turn.Texts;
        if (catalog.For(turn.TenantId) is not { } index)
        {
            return new Reply.Text(texts["NotReady"]);
        }

        var hidden = await preferences.UnfindableAsync(turn.TenantId ?? string.Empty, cancellationToken);
        var candidates = index.FindPeopleByName(intent.Name).Where(p => !hidden.Contains(p.Id)).Take(8).ToArray();
        switch (candidates.Length)
        {
            case 0:
                return new Reply.Text(texts.Format("EndorseNobody", intent.Name));
            case 1:
                var result = await ApplyAsync(turn, new CardAction(EndorseVerbs.Endorse, candidates[0].Id, intent.Topic, turn.Language), cancellationToken, chat: true);
                return new Reply.Text(result.Message);
            default:
                var models = candidates.Select(p => new PersonCardModel(p.Id, p.DisplayName, p.JobTitle, p.Department, [], [], [], 0)).ToArray();
                return new Reply.Card(ChoosePersonCard.Build(intent.Name, intent.Topic, models, turn.Language), texts.Format("EndorseWhich", intent.Name, intent.Topic));
        }
    }

    private async Task<Reply> AnswerActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        turn = turn.InLanguage(action.Language ?? turn.Language);
        var (card, message) = await ApplyAsync(turn, action, cancellationToken);
        return card is null ? new Reply.Text(message) : new Reply.UpdatedCard(card, action.Topic);
    }

    private async Task<(JsonObject? Card, string Message)> ApplyAsync(Turn turn, CardAction action, CancellationToken cancellationToken, bool chat = false)
    {
        var (activity, language, texts) = (turn.Activity, turn.Language, turn.Texts);
        var viewer = activity.From?.AadObjectId;
        if (viewer is null || activity.TenantId is not { } tenant)
        {
            return (null, texts["EndorseWhoAreYou"]);
        }

        if (catalog.For(tenant) is not { } index)
        {
            return (null, texts["NotReady"]);
        }

        var hidden = await preferences.UnfindableAsync(tenant, cancellationToken);
        if (index.FindPerson(action.PersonId) is not { } endorsee || (hidden.Contains(endorsee.Id) && action.Verb == EndorseVerbs.Endorse))
        {
            return (null, texts["EndorseUnknownPerson"]);
        }

        if ((await preferences.GetAsync(tenant, viewer, cancellationToken)).Forgotten)
        {
            // They asked to be forgotten: recording what they do would collect data about them again.
            return (null, texts["EndorseForgotten"]);
        }

        var name = index.FindPerson(viewer)?.DisplayName ?? activity.From?.Name ?? texts["AColleague"];
        string message;
        if (action.Verb == EndorseVerbs.Withdraw)
        {
            await endorsements.WithdrawAsync(tenant, viewer, endorsee.Id, action.Topic, cancellationToken);
            message = texts.Format("EndorseWithdrawn", endorsee.DisplayName, action.Topic);
        }
        else
        {
            var outcome = await endorsements.EndorseAsync(tenant, viewer, name, endorsee.Id, action.Topic, cancellationToken);
            LogOutcome(logger, outcome);
            switch (outcome)
            {
                case EndorseOutcome.SelfEndorsement:
                    return (null, texts["EndorseSelf"]);
                case EndorseOutcome.BudgetSpent:
                    return (null, texts.Format("EndorseBudgetSpent", options.Value.WeeklyBudget));
                case EndorseOutcome.AlreadyEndorsed:
                    message = texts.Format("EndorseAlready", endorsee.DisplayName, action.Topic);
                    break;
                default:
                    message = texts.Format("EndorseDone", endorsee.DisplayName, action.Topic);
                    break;
            }
        }

        // The same page of the card, with the endorsed person's "Why?" open: the change shows where they clicked.
        var card = chat ? null : await answers.ExpertsCardAsync(tenant, viewer, action.Topic, language, action.Question, action.Skip, endorsee.Id, cancellationToken);
        // From the choose-person card, or for someone not among the results, the refreshed results would not show
        // what happened (often "nobody found"): say it in words instead.
        return (card is not null && ShowsButtonFor(card, endorsee.Id) ? card : null, message);
    }

    /// <summary>Whether the card has an endorse or withdraw button for the person, wherever it is nested (the "Why?" section).</summary>
    private static bool ShowsButtonFor(JsonNode? node, string personId) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" && (string?)o["verb"] is EndorseVerbs.Endorse or EndorseVerbs.Withdraw
            => (string?)o["data"]?["personId"] == personId,
        JsonObject o => o.Any(p => p.Value is JsonObject or JsonArray && ShowsButtonFor(p.Value, personId)),
        JsonArray a => a.Any(n => ShowsButtonFor(n, personId)),
        _ => false,
    };

    [LoggerMessage(EventId = EventIds.Conversation.EndorsementOutcome, Level = LogLevel.Information, Message = "Endorsement outcome: {Outcome}")]
    private static partial void LogOutcome(ILogger logger, EndorseOutcome outcome);
}
