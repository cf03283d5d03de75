using System.Collections.Concurrent;

namespace ExpertBot.Expertise;

/// <summary>
/// The current index of each tenant. A new index replaces the old one atomically, so queries keep being
/// answered from the previous one while a new one is built. A snapshot loaded for local development may
/// serve every tenant ("*"); a tenant's own index always wins over it.
/// </summary>
internal sealed class ExpertiseCatalog
{
    public const string AnyTenant = "*";
    private readonly ConcurrentDictionary<string, ExpertIndex> indexes = new(StringComparer.OrdinalIgnoreCase);

    public void Publish(string tenantId, ExpertIndex index) => indexes[tenantId] = index;

    public ExpertIndex? For(string? tenantId) =>
        tenantId is not null && indexes.TryGetValue(tenantId, out var own) ? own
        : indexes.TryGetValue(AnyTenant, out var shared) ? shared
        : null;
}
