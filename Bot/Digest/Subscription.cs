namespace ExpertBot.Digest;

/// <summary>
/// Who receives the weekly digest: a person (in their 1:1 chat with the bot) or a conversation such as a
/// team channel. No topics means the topics of the person's own work and team (or, for a channel, the
/// organisation's). What is needed to write proactively is kept with it, from the authenticated activity.
/// </summary>
internal sealed record Subscription(
    string TenantId,
    string Key,
    string? PersonId,
    IReadOnlyList<string> Topics,
    string Language,
    string ServiceUrl,
    string BotId,
    string ConversationId,
    string? ConversationType,
    string? UserId,
    bool Active = true)
{
    public bool IsPersonal => PersonId is not null;

    public static string PersonKey(string aadObjectId) => "person:" + aadObjectId;

    public static string ConversationKey(string conversationId) => "conversation:" + conversationId;
}
