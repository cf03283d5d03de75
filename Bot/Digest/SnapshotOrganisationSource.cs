using ExpertBot.Endorsements;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;
using Microsoft.Extensions.Options;

namespace ExpertBot.Digest;

/// <summary>
/// The configured snapshot (the demo organisation locally) plus the endorsements given in the bot since.
/// Read once, on the first digest. A tenant synced from Graph is read from its synced evidence instead
/// (<see cref="TenantOrganisationSource"/>).
/// </summary>
internal sealed class SnapshotOrganisationSource(IOptions<ExpertiseOptions> options, SocialLayer social) : IDigestOrganisationSource
{
    private readonly Lazy<Task<Organisation?>> snapshot = new(() => ReadAsync(options.Value.SnapshotPath));

    public async Task<Organisation?> ForTenantAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var configured = options.Value.SnapshotTenantId;
        if (configured != ExpertiseCatalog.AnyTenant && !string.Equals(configured, tenantId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (await snapshot.Value.WaitAsync(cancellationToken) is not { } organisation)
        {
            return null;
        }

        var live = await social.EndorsementsAsync(tenantId, cancellationToken);
        return live.Count == 0 ? organisation : organisation with { Endorsements = [.. organisation.Endorsements, .. live] };
    }

    private static async Task<Organisation?> ReadAsync(string? path) =>
        path is { Length: > 0 } ? await SnapshotReader.ReadAsync(path) : null;
}
