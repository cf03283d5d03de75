using ExpertBot.Expertise;
using ExpertBot.Snapshots;
using Microsoft.Extensions.Options;

namespace ExpertBot.Digest;

/// <summary>
/// The configured snapshot (the demo organisation locally), for the tenant it serves. Read once, on the first
/// digest. <see cref="TenantOrganisationSource"/> prefers a tenant's synced evidence and adds the endorsements
/// given in the bot.
/// </summary>
internal sealed class SnapshotOrganisationSource(IOptions<ExpertiseOptions> options)
{
    private readonly Lazy<Task<Organisation?>> snapshot = new(() => ReadAsync(options.Value.SnapshotPath));

    public async Task<Organisation?> ForTenantAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var configured = options.Value.SnapshotTenantId;
        if (configured != ExpertiseCatalog.AnyTenant && !string.Equals(configured, tenantId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return await snapshot.Value.WaitAsync(cancellationToken);
    }

    private static async Task<Organisation?> ReadAsync(string? path) =>
        path is { Length: > 0 } ? await SnapshotReader.ReadAsync(path) : null;
}
