namespace ExpertBot.Teams;

/// <summary>The Bot Connector REST API, for the calls ExpertBot makes.</summary>
internal interface IConnectorClient
{
    Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default);

    Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default);

    Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Creates (or finds: the call is idempotent) the 1:1 conversation with a user and returns its id.</summary>
    Task<string> CreateConversationAsync(string serviceUrl, string botId, string userId, string tenantId, CancellationToken cancellationToken = default);
}
