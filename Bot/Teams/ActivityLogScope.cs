namespace ExpertBot.Teams;

/// <summary>
/// What every log line written while handling an activity carries: which activity, conversation and tenant.
/// Never its text, names or tokens.
/// </summary>
internal static class ActivityLogScope
{
    public static IReadOnlyList<KeyValuePair<string, object?>> For(Activity activity) =>
    [
        new("ActivityId", activity.Id),
        new("ActivityType", activity.Type),
        new("ConversationId", activity.Conversation?.Id),
        new("TenantId", activity.TenantId),
    ];
}
