using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace ExpertBot.Tests.Graph;

public sealed partial class FakeGraph
{
    /// <summary>Entities with the change number of their last change; removed ones stay as tombstones for delta.</summary>
    public sealed class Entities
    {
        private readonly ConcurrentDictionary<string, (JsonObject Value, long Change, bool Removed)> all = new();
        private long order;
        private readonly ConcurrentDictionary<string, long> positions = new();

        public int Count => all.Values.Count(e => !e.Removed);

        public JsonObject? Get(string id) => all.TryGetValue(id, out var e) ? e.Value : null;

        public bool IsRemoved(string id) => all.TryGetValue(id, out var e) && e.Removed;

        public void Put(JsonObject value, long change)
        {
            var id = value["id"]?.GetValue<string>() ?? $"malformed-{Interlocked.Increment(ref order)}";
            positions.GetOrAdd(id, _ => Interlocked.Increment(ref order));
            all[id] = (value, change, false);
        }

        /// <summary>Removed in the tenant; with <paramref name="tombstone"/> null it vanishes without a trace (changes lost in a gap).</summary>
        public void Remove(string id, long change, JsonObject? tombstone)
        {
            if (tombstone is null)
            {
                all.TryRemove(id, out _);
            }
            else
            {
                all[id] = (tombstone, change, true);
            }
        }

        public IEnumerable<JsonObject> Current() => Ordered().Where(e => !e.Removed).Select(e => e.Value);

        public IEnumerable<JsonObject> ChangedSince(long since, bool includeRemoved) =>
            Ordered().Where(e => e.Change > since && (includeRemoved || !e.Removed)).Select(e => e.Value);

        private IEnumerable<(JsonObject Value, long Change, bool Removed)> Ordered() =>
            all.OrderBy(p => positions.GetValueOrDefault(p.Key)).Select(p => p.Value);
    }
}
