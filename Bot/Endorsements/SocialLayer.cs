using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ExpertBot.Expertise;
using Microsoft.Extensions.Options;

namespace ExpertBot.Endorsements;

/// <summary>
/// The endorsements the ranking and the cards use, per tenant, in memory. A change made on this instance
/// counts at once; changes made by other instances are picked up on the next refresh (seconds).
/// </summary>
internal sealed class SocialLayer(EndorsementStore store, TimeProvider time, IOptions<EndorsementOptions> options)
{
    // Ordinal, like the table's keys it caches (tenant ids arrive canonical, see TenantIds).
    private readonly ConcurrentDictionary<string, TenantEndorsements> tenants = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<ExpertIndex, CachedGraph> graphs = new();

    public async Task<IReadOnlyList<EndorsementRecord>> ForTenantAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (tenants.TryGetValue(tenantId, out var cached) && now - cached.LoadedAt < TimeSpan.FromSeconds(options.Value.RefreshSeconds))
        {
            return cached.Records;
        }

        var records = await store.AllAsync(tenantId, cancellationToken);
        tenants[tenantId] = new TenantEndorsements(now, records);
        return records;
    }

    /// <summary>The endorsements given in Teams, as the engine's evidence: what colleagues vouch for.</summary>
    public async Task<IReadOnlyList<Endorsement>> EndorsementsAsync(string tenantId, CancellationToken cancellationToken = default) =>
        [.. (await ForTenantAsync(tenantId, cancellationToken)).Select(r => new Endorsement(r.EndorserId, r.EndorseeId, r.TopicKey, r.CreatedAt))];

    /// <summary>
    /// The social graph the ranking reads: the index's own endorsements (from the snapshot or sync) and the
    /// ones given in Teams, rebuilt only when either changed. Cheap next to the index, so no index rebuild.
    /// </summary>
    public async Task<SocialGraph> GraphAsync(string tenantId, ExpertIndex index, CancellationToken cancellationToken = default)
    {
        var records = await ForTenantAsync(tenantId, cancellationToken);
        if (graphs.TryGetValue(index, out var cached) && ReferenceEquals(cached.Records, records))
        {
            return cached.Graph;
        }

        var graph = SocialGraph.Build(
            index.Social.Endorsements().Concat(await EndorsementsAsync(tenantId, cancellationToken)),
            index.Lexicon);
        graphs.AddOrUpdate(index, new CachedGraph(records, graph));
        return graph;
    }

    public void Added(EndorsementRecord record) =>
        tenants.AddOrUpdate(record.TenantId,
            _ => new TenantEndorsements(DateTimeOffset.MinValue, [record]),
            (_, t) => t with { Records = [.. t.Records.Where(r => !SamePair(r, record)), record] });

    public void Removed(string tenantId, string endorserId, string endorseeId, string topicKey) =>
        tenants.AddOrUpdate(tenantId,
            _ => new TenantEndorsements(DateTimeOffset.MinValue, []),
            (_, t) => t with { Records = [.. t.Records.Where(r => !(r.EndorserId == endorserId && r.EndorseeId == endorseeId && r.TopicKey == topicKey))] });

    public void Invalidate(string tenantId) => tenants.TryRemove(tenantId, out _);

    private static bool SamePair(EndorsementRecord a, EndorsementRecord b) =>
        a.EndorserId == b.EndorserId && a.EndorseeId == b.EndorseeId && a.TopicKey == b.TopicKey;

    private sealed record CachedGraph(IReadOnlyList<EndorsementRecord> Records, SocialGraph Graph);

    private sealed record TenantEndorsements(DateTimeOffset LoadedAt, IReadOnlyList<EndorsementRecord> Records);
}
