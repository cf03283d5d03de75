using System.Text.Json;
using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Localization;
using ExpertBot.Storage;
using ExpertBot.Teams;

namespace ExpertBot.Conversation;

/// <summary>One turn of the conversation: understand the activity, call the feature, answer with a card.</summary>
internal sealed partial class TurnHandler(
    AnswerBuilder answers,
    EndorseFlow endorse,
    SearchExtension search,
    PrivacyFlow privacy,
    ProfileFlow profile,
    SubscriptionFlow subscriptions,
    IConnectorClient connector,
    ConversationReferenceStore conversations,
    ExpertBot.Expertise.ExpertiseCatalog catalog,
    ILogger<TurnHandler> logger) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(activity, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                await OnInstallAsync(activity, cancellationToken);
                return null;
            case ActivityTypes.Invoke when activity.Name == "adaptiveCard/action":
                return await endorse.OnInvokeAsync(activity, cancellationToken);
            case ActivityTypes.Invoke when activity.Name == "composeExtension/query":
                return await search.OnQueryAsync(activity, cancellationToken);
            case ActivityTypes.Invoke:
                LogUnknownInvoke(logger, activity.Name ?? "(none)");
                return InvokeResponse.NotImplemented;
            default:
                // Typing, reactions, message updates and the like: acknowledged, nothing to do.
                return null;
        }
    }

    private async Task OnMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(activity.Text) && activity.Value is { ValueKind: JsonValueKind.Object })
        {
            // Action.Submit from a client without Universal Actions.
            if (CardAction.FromSubmit(activity.Value) is { } action)
            {
                await endorse.OnSubmitAsync(activity, action, cancellationToken);
            }
            else
            {
                await SendTextAsync(activity, Texts.For(LanguageExtensions.FromLocale(activity.Locale))["BadAction"], cancellationToken);
            }

            return;
        }

        if (IsSharedCard(activity))
        {
            // A card someone shared (e.g. picked with "Find an expert" from the message box): not a question.
            LogSharedCardIgnored(logger);
            return;
        }

        var intent = QuestionParser.Parse(activity.Text);
        var language = intent.Language ?? LanguageExtensions.FromLocale(activity.Locale);
        var texts = Texts.For(language);
        var viewer = activity.From?.AadObjectId;
        var tenant = activity.TenantId;
        switch (intent)
        {
            case Intent.Help:
                await SendCardAsync(activity, HelpCard.Build(language), texts["HelpTitle"], cancellationToken);
                break;
            case Intent.FindExperts find:
                var card = await answers.ExpertsCardAsync(tenant ?? string.Empty, viewer, find.Topic, language, cancellationToken);
                if (card is null)
                {
                    await SendTextAsync(activity, texts["NotReady"], cancellationToken);
                }
                else
                {
                    LogAnswered(logger);
                    await SendCardAsync(activity, card, texts.Format("ResultsTitle", find.Topic), cancellationToken);
                }

                break;
            case Intent.Endorse request:
                await endorse.OnChatAsync(activity, request, language, cancellationToken);
                break;
            case Intent.Subscribe or Intent.Unsubscribe or Intent.MySubscriptions:
                await SendTextAsync(activity, await subscriptions.HandleAsync(activity, intent, language, cancellationToken), cancellationToken);
                break;
            case Intent.SetPreference or Intent.ForgetMe or Intent.MyExpertise when viewer is null || tenant is null:
                await SendTextAsync(activity, texts["NoIdentity"], cancellationToken);
                break;
            case Intent.SetPreference set:
                await SendTextAsync(activity, await privacy.ChangeAsync(tenant!, viewer!, set.Change, language, cancellationToken), cancellationToken);
                break;
            case Intent.MyExpertise:
                var (profileCard, reason) = await profile.BuildAsync(tenant!, viewer!, language, cancellationToken);
                await (profileCard is null
                    ? SendTextAsync(activity, reason!, cancellationToken)
                    : SendCardAsync(activity, profileCard, texts["MyExpertiseTitle"], cancellationToken));
                break;
            case Intent.ForgetMe:
                await SendTextAsync(activity, await privacy.ForgetAsync(tenant!, viewer!, language, cancellationToken), cancellationToken);
                break;
            default:
                await SendTextAsync(activity, texts["TopicMissing"], cancellationToken);
                break;
        }
    }

    private async Task OnInstallAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ConversationReference.From(activity) is not { } reference)
        {
            return;
        }

        if (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade")
        {
            await conversations.DeleteAsync(reference.TenantId, reference.ConversationId, cancellationToken);
            return;
        }

        // A conversationUpdate for someone else joining a team says nothing about the bot's install.
        var botAdded = activity.Type == ActivityTypes.InstallationUpdate
            || activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;
        if (!botAdded)
        {
            return;
        }

        var isNew = await conversations.SaveAsync(reference, cancellationToken);
        if (isNew && reference.ConversationType is null or "personal")
        {
            // Install events do not always carry the client's locale: the person's own profile language tells then.
            var locale = activity.Locale ?? catalog.For(reference.TenantId)?.FindPerson(activity.From?.AadObjectId ?? string.Empty)?.PreferredLanguage;
            var texts = Texts.For(LanguageExtensions.FromLocale(locale));
            // Teams' install events usually carry no name for the user: greet without one rather than "Hi !".
            var welcome = FirstName(activity.From?.Name) is { Length: > 0 } firstName
                ? texts.Format("Welcome", firstName)
                : texts["WelcomeNoName"];
            await SendTextAsync(activity, welcome, cancellationToken);
        }
    }

    private Task<string?> SendCardAsync(Activity incoming, JsonObject card, string summary, CancellationToken cancellationToken) =>
        connector.SendAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, Replies.Card(incoming, card, summary), cancellationToken);

    private Task<string?> SendTextAsync(Activity incoming, string text, CancellationToken cancellationToken) =>
        connector.SendAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, Replies.Text(incoming, text), cancellationToken);

    /// <summary>
    /// A message that carries a card and no words of its own: a card shared in the chat, such as a result of the
    /// "Find an expert" message extension (its text holds only the inline-compose-card markup), or a forwarded card.
    /// </summary>
    private static bool IsSharedCard(Activity activity) =>
        QuestionParser.StripMentions(activity.Text).Length == 0
        && activity.Attachments?.Any(a => a.ContentType.StartsWith("application/vnd.microsoft.card.", StringComparison.OrdinalIgnoreCase)) == true;

    private static string FirstName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? string.Empty : name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Answered a topic question")]
    private static partial void LogAnswered(ILogger logger);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Invoke {Name} is not handled")]
    private static partial void LogUnknownInvoke(ILogger logger, string name);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "A shared card with no text is not a question: not answered")]
    private static partial void LogSharedCardIgnored(ILogger logger);
}
