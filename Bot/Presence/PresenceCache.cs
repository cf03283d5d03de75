using System.Collections.Concurrent;

namespace ExpertBot.Presence;

/// <summary>
/// Availability answers kept for a short while, keyed by tenant and person so tenants never share one. Bounded: past
/// the limit, expired answers go first, then the oldest. A card's few people and a routing pass's few dozen fit easily.
/// </summary>
internal sealed class PresenceCache(TimeProvider time, TimeSpan lifetime, int capacity)
{
    private readonly ConcurrentDictionary<(string Tenant, string Person), (Availability Value, DateTimeOffset At)> entries = new();

    public int Count => entries.Count;

    public bool TryGet(string tenantId, string personId, out Availability availability)
    {
        if (entries.TryGetValue((tenantId, personId), out var entry) && time.GetUtcNow() - entry.At < lifetime)
        {
            availability = entry.Value;
            return true;
        }

        availability = Availability.Unknown;
        return false;
    }

    public void Set(string tenantId, IEnumerable<KeyValuePair<string, Availability>> answers)
    {
        if (lifetime <= TimeSpan.Zero)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (person, value) in answers)
        {
            entries[(tenantId, person)] = (value, now);
        }

        if (entries.Count > capacity)
        {
            Trim(now);
        }
    }

    private void Trim(DateTimeOffset now)
    {
        foreach (var (key, entry) in entries)
        {
            if (now - entry.At >= lifetime)
            {
                entries.TryRemove(key, out _);
            }
        }

        var excess = entries.Count - capacity;
        if (excess > 0)
        {
            foreach (var key in entries.OrderBy(e => e.Value.At).Take(excess).Select(e => e.Key).ToList())
            {
                entries.TryRemove(key, out _);
            }
        }
    }
}
