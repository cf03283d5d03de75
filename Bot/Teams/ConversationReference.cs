namespace ExpertBot.Teams;

/// <summary>What the bot must keep to write to a conversation later (proactive messages).</summary>
internal sealed record ConversationReference(
    string ServiceUrl,
    string ChannelId,
    string TenantId,
    string ConversationId,
    string? ConversationType,
    string BotId,
    string? UserId,
    string? UserAadObjectId,
    string? UserName,
    string? Locale)
{
    public static ConversationReference? From(Activity activity)
    {
        if (activity is not { ServiceUrl: { } serviceUrl, ChannelId: { } channelId, Conversation.Id: { } conversationId, Recipient.Id: { } botId }
            || activity.TenantId is not { } tenantId)
        {
            return null;
        }

        return new ConversationReference(serviceUrl, channelId, tenantId, conversationId, activity.Conversation.ConversationType,
            botId, activity.From?.Id, activity.From?.AadObjectId, activity.From?.Name, activity.Locale);
    }
}
