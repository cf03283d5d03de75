using System.Collections.Concurrent;

namespace ExpertBot.Expertise;

/// <summary>
/// The current index of each tenant. A new index replaces the old one atomically, so queries keep being
/// answered from the previous one while a new one is built. A snapshot loaded for local development may
/// serve every tenant ("*"); a tenant's own index always wins over it. A source that keeps its evidence in
/// memory (the Graph sync) publishes it too, for the readers that need items with their text (the digest).
/// </summary>
internal sealed class ExpertiseCatalog
{
    public const string AnyTenant = "*";
    private readonly ConcurrentDictionary<string, ExpertIndex> indexes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Organisation> evidence = new(StringComparer.OrdinalIgnoreCase);

    public void Publish(string tenantId, ExpertIndex index) => indexes[tenantId] = index;

    /// <summary>Publishes a tenant's index with the evidence it was built from, together.</summary>
    public void Publish(string tenantId, ExpertIndex index, Organisation builtFrom)
    {
        evidence[tenantId] = builtFrom;
        indexes[tenantId] = index;
    }

    /// <summary>The evidence a tenant's own index was built from, when its source published it; never another tenant's.</summary>
    public Organisation? EvidenceFor(string? tenantId) =>
        tenantId is not null && evidence.TryGetValue(tenantId, out var own) ? own : null;

    /// <summary>True once any source published an index: the bot can answer someone.</summary>
    public bool HasAnyIndex => !indexes.IsEmpty;

    public ExpertIndex? For(string? tenantId) =>
        tenantId is not null && indexes.TryGetValue(tenantId, out var own) ? own
        : indexes.TryGetValue(AnyTenant, out var shared) ? shared
        : null;
}
