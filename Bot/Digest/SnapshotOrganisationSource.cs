using ExpertBot.Expertise;
using ExpertBot.Snapshots;
using Microsoft.Extensions.Options;

namespace ExpertBot.Digest;

/// <summary>
/// The configured snapshot (the demo organisation locally), for the tenant it serves. Read on the first digest
/// and kept once read; a read that failed (a file being replaced, a share not yet mounted) is not remembered: the
/// next digest reads again. <see cref="TenantOrganisationSource"/> prefers a tenant's synced evidence and adds the
/// endorsements given in the bot.
/// </summary>
internal sealed class SnapshotOrganisationSource(IOptions<ExpertiseOptions> options)
{
    private readonly Lock gate = new();
    private Task<Organisation?>? snapshot;

    public async Task<Organisation?> ForTenantAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var configured = options.Value.SnapshotTenantId;
        if (configured != ExpertiseCatalog.AnyTenant && !string.Equals(configured, tenantId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        Task<Organisation?> reading;
        lock (gate)
        {
            // Concurrent digests share one read; only a successful one is kept.
            if (snapshot is null || snapshot.IsFaulted || snapshot.IsCanceled)
            {
                snapshot = ReadAsync(options.Value.SnapshotPath);
            }

            reading = snapshot;
        }

        return await reading.WaitAsync(cancellationToken);
    }

    private static async Task<Organisation?> ReadAsync(string? path) =>
        path is { Length: > 0 } ? await SnapshotReader.ReadAsync(path) : null;
}
