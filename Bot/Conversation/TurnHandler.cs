using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Storage;
using ExpertBot.Teams;
using Microsoft.Extensions.Options;

namespace ExpertBot.Conversation;

/// <summary>One turn of the conversation: understand the activity, call the feature, answer with a card.</summary>
internal sealed partial class TurnHandler(
    ExpertiseCatalog catalog,
    IConnectorClient connector,
    ConversationReferenceStore conversations,
    IOptions<ExpertiseOptions> options,
    TimeProvider time,
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
        var intent = QuestionParser.Parse(activity.Text);
        var language = intent.Language ?? LanguageExtensions.FromLocale(activity.Locale);
        var texts = Texts.For(language);
        switch (intent)
        {
            case Intent.Help:
                await SendCardAsync(activity, HelpCard.Build(language), texts["HelpTitle"], cancellationToken);
                break;
            case Intent.FindExperts find:
                if (catalog.For(activity.TenantId) is not { } index)
                {
                    await SendTextAsync(activity, texts["NotReady"], cancellationToken);
                    break;
                }

                var matches = index.Search(new ExpertQuery(find.Topic, time.GetUtcNow(), options.Value.PeoplePerCard));
                LogAnswered(logger, matches.Count);
                var card = ExpertsCard.Build(ExpertsAnswer.ToCardModel(find.Topic, matches, language, index));
                await SendCardAsync(activity, card, texts.Format("ResultsTitle", find.Topic), cancellationToken);
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
            var texts = Texts.For(LanguageExtensions.FromLocale(activity.Locale));
            await SendTextAsync(activity, texts.Format("Welcome", FirstName(activity.From?.Name)), cancellationToken);
        }
    }

    private Task<string?> SendCardAsync(Activity incoming, JsonObject card, string summary, CancellationToken cancellationToken) =>
        connector.SendAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, Replies.Card(incoming, card, summary), cancellationToken);

    private Task<string?> SendTextAsync(Activity incoming, string text, CancellationToken cancellationToken) =>
        connector.SendAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, Replies.Text(incoming, text), cancellationToken);

    private static string FirstName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? string.Empty : name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Answered a topic question with {Count} people")]
    private static partial void LogAnswered(ILogger logger, int count);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Invoke {Name} is not handled")]
    private static partial void LogUnknownInvoke(ILogger logger, string name);
}
