namespace ExpertBot.Teams;

/// <summary>
/// The activities this instance has accepted lately, by conversation and activity id: the Bot Connector
/// redelivers an activity it believes unanswered, and the person must not get two answers. Bounded in time
/// and count; an activity without an id cannot be recognised and is always accepted. Not thread-safe on its own:
/// <see cref="TurnQueue"/> calls it under its lock.
/// </summary>
internal sealed class RecentActivities(TimeProvider time, TimeSpan window, int capacity)
{
    private readonly Dictionary<string, long> seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, long At)> order = new();

    /// <summary>True the first time an activity is seen within the window; false for a redelivery.</summary>
    public bool FirstDelivery(string conversationId, string? activityId)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return true;
        }

        var key = conversationId + "\n" + activityId;
        var now = time.GetTimestamp();
        Expire(now);
        if (!seen.TryAdd(key, now))
        {
            return false;
        }

        order.Enqueue((key, now));
        return true;
    }

    private void Expire(long now)
    {
        while (order.TryPeek(out var oldest)
            && (order.Count > capacity || time.GetElapsedTime(oldest.At, now) > window))
        {
            order.Dequeue();
            seen.Remove(oldest.Key);
        }
    }
}
