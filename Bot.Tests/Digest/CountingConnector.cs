using System.Collections.Concurrent;
using System.Net;
using ExpertBot.Teams;

namespace ExpertBot.Tests.Digest;

/// <summary>
/// A Bot Connector that counts the digests each conversation received. It can die after N sends (a crash:
/// the exception escapes), cancel the run after N sends (a shutdown), hang after N sends (the process was
/// killed after the card was accepted, before the answer came back), take time on a clock, or refuse some
/// conversations.
/// </summary>
internal sealed class CountingConnector : IConnectorClient
{
    private readonly ConcurrentDictionary<string, int> received = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> unanswered = new(StringComparer.Ordinal);
    private int sends;

    public int? CrashAfter { get; init; }

    public (int After, CancellationTokenSource Source)? CancelAfter { get; init; }

    /// <summary>Sends after this many are accepted (counted as received) but never answered.</summary>
    public int? HangAfter { get; init; }

    /// <summary>How long the n-th send (from 1) takes on <see cref="Clock"/> before the card is accepted.</summary>
    public Func<int, TimeSpan>? Takes { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Conversations that answer with this status (403: the app was removed; 502: the service is down).</summary>
    public ConcurrentDictionary<string, HttpStatusCode> Refuse { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Received => received;

    /// <summary>Conversations whose card was accepted but whose send never answered (in flight at the "kill").</summary>
    public IReadOnlyCollection<string> Unanswered => [.. unanswered.Keys];

    public int Sends => Volatile.Read(ref sends);

    public async Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        if (Refuse.TryGetValue(conversationId, out var status))
        {
            throw new ConnectorException(status, "refused");
        }

        var n = Interlocked.Increment(ref sends);
        if (n > CrashAfter)
        {
            throw new InvalidOperationException("The sender's process died.");
        }

        if (Takes?.Invoke(n) is { } duration && duration > TimeSpan.Zero)
        {
            await Task.Delay(duration, Clock, cancellationToken);
        }

        received.AddOrUpdate(conversationId, 1, (_, c) => c + 1);
        if (n > HangAfter)
        {
            unanswered[conversationId] = 0;
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (CancelAfter is { } cancel && n >= cancel.After)
        {
            await cancel.Source.CancelAsync();
        }

        return "activity-" + n;
    }

    public Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public Task<string> CreateConversationAsync(string serviceUrl, string botId, string userId, string tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult("a:1to1-" + userId);
}
