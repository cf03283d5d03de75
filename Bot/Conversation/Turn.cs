using ExpertBot.Localization;
using ExpertBot.Teams;

namespace ExpertBot.Conversation;

/// <summary>
/// One authenticated activity as the features see it: who asks, from which tenant, in which language.
/// Every feature takes a turn and returns a <see cref="Reply"/>; that is the whole contract.
/// </summary>
internal sealed record Turn(Activity Activity, Language Language)
{
    public Texts Texts => Texts.For(Language);

    /// <summary>The tenant, canonical since the endpoint's inbound rules; null outside Teams (e.g. a local client).</summary>
    public string? TenantId => Activity.TenantId;

    /// <summary>The person's Entra object id; null when the channel does not say who they are.</summary>
    public string? ViewerId => Activity.From?.AadObjectId;

    public Turn InLanguage(Language language) => language == Language ? this : this with { Language = language };

    public static Turn From(Activity activity) => new(activity, LanguageExtensions.FromLocale(activity.Locale));
}
