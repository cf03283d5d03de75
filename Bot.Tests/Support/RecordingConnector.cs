using System.Collections.Concurrent;
using ExpertBot.Teams;

namespace ExpertBot.Tests.Support;

/// <summary>Stands in for the Bot Connector: records what the bot sends instead of sending it.</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    private readonly ConcurrentQueue<SentActivity> sent = new();

    public IReadOnlyList<SentActivity> Sent => [.. sent];

    /// <summary>What was sent to one conversation (tests share a bot, so each uses its own conversation).</summary>
    public IReadOnlyList<Activity> SentTo(string conversationId) =>
        [.. sent.Where(s => s.ConversationId == conversationId).Select(s => s.Activity)];

    /// <summary>The updates (PUT) made to one conversation's activities.</summary>
    public IReadOnlyList<SentActivity> UpdatesIn(string conversationId) =>
        [.. sent.Where(s => s.ConversationId == conversationId && s.UpdatedActivityId is not null)];

    public Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        sent.Enqueue(new SentActivity(serviceUrl, conversationId, activity));
        return Task.FromResult<string?>("sent-" + sent.Count);
    }

    public Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        sent.Enqueue(new SentActivity(serviceUrl, conversationId, activity, UpdatedActivityId: activityId));
        return Task.CompletedTask;
    }

    public Task<string> CreateConversationAsync(string serviceUrl, string botId, string userId, string tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult("a:created-" + userId);
}

/// <summary>One call to the connector; <paramref name="UpdatedActivityId"/> is set when it replaced an earlier activity.</summary>
internal sealed record SentActivity(string ServiceUrl, string ConversationId, Activity Activity, string? UpdatedActivityId = null);
