using ExpertBot.Storage;

namespace ExpertBot.Graph;

/// <summary>One Graph sync at a time per tenant across instances: the tenant's "graph-sync" lease, held by this instance.</summary>
internal sealed class SyncLease(LeaseStore leases)
{
    private const string Name = "graph-sync";

    public string HolderId { get; } = Guid.NewGuid().ToString("N");

    public Task<bool> TryAcquireAsync(string tenantId, TimeSpan duration, CancellationToken cancellationToken = default) =>
        leases.TryAcquireAsync(tenantId, Name, HolderId, duration, cancellationToken);

    /// <summary>Extends the lease this instance holds; false if it was lost (expired and taken over).</summary>
    public Task<bool> RenewAsync(string tenantId, TimeSpan duration, CancellationToken cancellationToken = default) =>
        leases.RenewAsync(tenantId, Name, HolderId, duration, cancellationToken);

    public Task ReleaseAsync(string tenantId, CancellationToken cancellationToken = default) =>
        leases.ReleaseAsync(tenantId, Name, HolderId, cancellationToken);
}
