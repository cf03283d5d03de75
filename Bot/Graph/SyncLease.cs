using Azure;
using Azure.Data.Tables;
using ExpertBot.Storage;

namespace ExpertBot.Graph;

/// <summary>
/// One sync at a time across instances: a row in table Leases (partition tenant, row "graph-sync") holding the
/// holder's id and an expiry. Acquire and renew are ETag-conditional writes, so two instances never both win;
/// a holder that crashed stops renewing and its lease expires, after which another instance takes it.
/// </summary>
internal sealed class SyncLease(TableClients tables, TimeProvider time)
{
    public const string TableName = "Leases";
    private const string Row = "graph-sync";
    private ETag held;

    public string HolderId { get; } = Guid.NewGuid().ToString("N");

    public async Task<bool> TryAcquireAsync(string tenantId, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Partition(tenantId);
        var now = time.GetUtcNow();
        var entity = new TableEntity(partition, Row) { ["Holder"] = HolderId, ["ExpiresAt"] = now + duration };
        try
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(partition, Row, cancellationToken: cancellationToken);
            if (!current.HasValue)
            {
                held = (await table.AddEntityAsync(entity, cancellationToken)).Headers.ETag ?? default;
                return true;
            }

            var c = current.Value!;
            if (c.GetString("Holder") != HolderId && c.GetDateTimeOffset("ExpiresAt") > now)
            {
                return false;
            }

            held = (await table.UpdateEntityAsync(entity, c.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag ?? default;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Extends the lease this instance holds; false if it was lost (expired and taken over).</summary>
    public async Task<bool> RenewAsync(string tenantId, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        if (held == default)
        {
            return false;
        }

        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(TableKeys.Partition(tenantId), Row) { ["Holder"] = HolderId, ["ExpiresAt"] = time.GetUtcNow() + duration };
        try
        {
            held = (await table.UpdateEntityAsync(entity, held, TableUpdateMode.Replace, cancellationToken)).Headers.ETag ?? default;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (held == default)
        {
            return;
        }

        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(TableKeys.Partition(tenantId), Row, held, cancellationToken);
            held = default;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Already expired and taken: nothing of ours to release.
        }
    }
}
