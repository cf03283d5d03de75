using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Endorsements;
using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Teams;

namespace ExpertBot.Conversation;

/// <summary>Endorsing and withdrawing, from a card (Universal Action or older Action.Submit) or from chat.</summary>
internal sealed partial class EndorseFlow(
    ExpertiseCatalog catalog,
    EndorsementService endorsements,
    ExpertBot.Privacy.PreferenceStore preferences,
    AnswerBuilder answers,
    IConnectorClient connector,
    Microsoft.Extensions.Options.IOptions<EndorsementOptions> options,
    ILogger<EndorseFlow> logger)
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>adaptiveCard/action: apply the action and answer with the refreshed card, or a message saying why not.</summary>
    public async Task<InvokeResponse> OnInvokeAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (CardAction.FromInvoke(activity.Value) is not { } action)
        {
            return new InvokeResponse(StatusCodes.Status400BadRequest, new
            {
                statusCode = 400,
                type = "application/vnd.microsoft.error",
                value = new { code = "BadRequest", message = "The action needs verb endorse or withdraw and data {personId, topic}." },
            });
        }

        var language = action.Language ?? LanguageExtensions.FromLocale(activity.Locale);
        var result = await ApplyAsync(activity, action, language, cancellationToken);
        return result.Card is { } card
            ? new InvokeResponse(StatusCodes.Status200OK, new { statusCode = 200, type = CardType, value = card })
            : new InvokeResponse(StatusCodes.Status200OK, new { statusCode = 200, type = MessageType, value = result.Message });
    }

    /// <summary>Action.Submit from an older client: same rules; the card is updated in place when its id is known.</summary>
    public async Task OnSubmitAsync(Activity activity, CardAction action, CancellationToken cancellationToken = default)
    {
        var language = action.Language ?? LanguageExtensions.FromLocale(activity.Locale);
        var result = await ApplyAsync(activity, action, language, cancellationToken);
        if (result.Card is { } card && activity.ReplyToId is { Length: > 0 } cardId)
        {
            await connector.UpdateAsync(activity.ServiceUrl!, activity.Conversation!.Id!, cardId, Replies.Card(activity, card, action.Topic) with { Id = cardId }, cancellationToken);
        }
        else
        {
            await connector.SendAsync(activity.ServiceUrl!, activity.Conversation!.Id!, result.Card is { } refreshed
                ? Replies.Card(activity, refreshed, action.Topic)
                : Replies.Text(activity, result.Message), cancellationToken);
        }
    }

    /// <summary>"endorse Alice Martin for Kubernetes": endorse directly, or ask which Alice Martin.</summary>
    public async Task OnChatAsync(Activity activity, Intent.Endorse intent, Language language, CancellationToken cancellationToken = default)
    {
        var texts = Texts.For(language);
        if (catalog.For(activity.TenantId) is not { } index)
        {
            await SendTextAsync(activity, texts["NotReady"], cancellationToken);
            return;
        }

        var hidden = await preferences.UnfindableAsync(activity.TenantId ?? string.Empty, cancellationToken);
        var candidates = index.FindPeopleByName(intent.Name).Where(p => !hidden.Contains(p.Id)).Take(8).ToArray();
        switch (candidates.Length)
        {
            case 0:
                await SendTextAsync(activity, texts.Format("EndorseNobody", intent.Name), cancellationToken);
                break;
            case 1:
                var result = await ApplyAsync(activity, new CardAction(EndorseVerbs.Endorse, candidates[0].Id, intent.Topic, language), language, cancellationToken, chat: true);
                await SendTextAsync(activity, result.Message, cancellationToken);
                break;
            default:
                var models = candidates.Select(p => new PersonCardModel(p.Id, p.DisplayName, p.JobTitle, p.Department, [], [], [], 0)).ToArray();
                await connector.SendAsync(activity.ServiceUrl!, activity.Conversation!.Id!,
                    Replies.Card(activity, ChoosePersonCard.Build(intent.Name, intent.Topic, models, language), texts.Format("EndorseWhich", intent.Name, intent.Topic)), cancellationToken);
                break;
        }
    }

    private async Task<(JsonObject? Card, string Message)> ApplyAsync(Activity activity, CardAction action, Language language, CancellationToken cancellationToken, bool chat = false)
    {
        var texts = Texts.For(language);
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

        var card = chat ? null : await answers.ExpertsCardAsync(tenant, viewer, action.Topic, language, cancellationToken);
        // From the choose-person card, or for someone not among the results, the refreshed results would not show
        // what happened (often "nobody found"): say it in words instead.
        return (card is not null && ShowsButtonFor(card, endorsee.Id) ? card : null, message);
    }

    private static bool ShowsButtonFor(JsonObject card, string personId) =>
        card["body"] is JsonArray body && body.OfType<JsonObject>()
            .SelectMany(container => container["items"] as JsonArray ?? new JsonArray())
            .OfType<JsonObject>()
            .Where(item => (string?)item["type"] == "ActionSet")
            .SelectMany(item => item["actions"] as JsonArray ?? new JsonArray())
            .Any(a => (string?)a?["data"]?["personId"] == personId);

    private Task<string?> SendTextAsync(Activity activity, string text, CancellationToken cancellationToken) =>
        connector.SendAsync(activity.ServiceUrl!, activity.Conversation!.Id!, Replies.Text(activity, text), cancellationToken);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Endorsement outcome: {Outcome}")]
    private static partial void LogOutcome(ILogger logger, EndorseOutcome outcome);
}
