using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Privacy;
using ExpertBot.Storage;
using ExpertBot.Teams;

namespace ExpertBot.Conversation;

/// <summary>
/// The bot installed or removed: keep (or drop) the reference the digest and notices write back to, and greet
/// a person the first time. Someone who asked to be forgotten is not recorded again.
/// </summary>
internal sealed class InstallFlow(ConversationReferenceStore conversations, PreferenceStore preferences, ExpertiseCatalog catalog)
{
    public async Task<Reply> OnInstallAsync(Turn turn, CancellationToken cancellationToken = default)
    {
        var activity = turn.Activity;
        if (ConversationReference.From(activity) is not { } reference)
        {
            return Reply.None;
        }

        if (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade")
        {
            await conversations.DeleteAsync(reference.TenantId, reference.ConversationId, cancellationToken);
            return Reply.None;
        }

        // A conversationUpdate for someone else joining a team says nothing about the bot's install.
        var botAdded = activity.Type == ActivityTypes.InstallationUpdate
            || activity.MembersAdded?.Any(m => m?.Id is { } id && id == activity.Recipient?.Id) == true;
        if (!botAdded)
        {
            return Reply.None;
        }

        var personal = reference.ConversationType is null or "personal";
        if (personal && reference.UserAadObjectId is { Length: > 0 } person
            && (await preferences.GetAsync(reference.TenantId, person, cancellationToken)).Forgotten)
        {
            // "Forget me" means nothing about them is recorded afterwards, a conversation reference included.
            return Reply.None;
        }

        var isNew = await conversations.SaveAsync(reference, cancellationToken);
        if (!isNew || !personal)
        {
            return Reply.None;
        }

        // Install events do not always carry the client's locale: the person's own profile language tells then.
        var locale = activity.Locale ?? catalog.For(reference.TenantId)?.FindPerson(activity.From?.AadObjectId ?? string.Empty)?.PreferredLanguage;
        var texts = Texts.For(LanguageExtensions.FromLocale(locale));
        // Teams' install events usually carry no name for the user: greet without one rather than "Hi !".
        return new Reply.Text(FirstName(activity.From?.Name) is { Length: > 0 } firstName
            ? texts.Format("Welcome", firstName)
            : texts["WelcomeNoName"]);
    }

    private static string FirstName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? string.Empty : name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
}
