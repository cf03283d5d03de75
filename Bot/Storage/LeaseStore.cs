using Azure;
using Azure.Data.Tables;

namespace ExpertBot.Storage;

/// <summary>
/// Leases in Table Storage, so that of several instances only one runs a job (a tenant's Graph sync, the weekly
/// digest). Partition: the scope (a tenant id, or "*" for a job over all tenants); row: the job's name. Taking,
/// renewing and releasing are conditional on the ETag, so two instances never both win, and a holder that
/// crashed stops renewing: its lease expires and another instance takes it.
/// </summary>
internal sealed class LeaseStore(TableClients tables, TimeProvider time)
{
    public const string TableName = "Leases";
    public const string AllTenants = "*";

    /// <summary>Takes the lease if it is free, expired or already ours, for <paramref name="duration"/>; false when another holder has it.</summary>
    public async Task<bool> TryAcquireAsync(string scope, string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var (partition, row) = Keys(scope, name);
        var now = time.GetUtcNow();
        var entity = new TableEntity(partition, row) { ["Owner"] = owner, ["ExpiresAt"] = now + duration };
        try
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            if (!current.HasValue)
            {
                await table.AddEntityAsync(entity, cancellationToken);
                return true;
            }

            var held = current.Value!;
            if (held.GetString("Owner") != owner && held.GetDateTimeOffset("ExpiresAt") > now)
            {
                return false;
            }

            await table.UpdateEntityAsync(entity, held.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Takes the lease (as <see cref="TryAcquireAsync"/>) and keeps renewing it until the hold is disposed; null when
    /// another holder has it. For jobs of unknown length: a crash still frees the lease within one <paramref name="term"/>.
    /// </summary>
    public async Task<LeaseHold?> TryHoldAsync(string scope, string name, string owner, TimeSpan term, CancellationToken cancellationToken = default)
    {
        var acquiredAt = time.GetUtcNow();
        return await TryAcquireAsync(scope, name, owner, term, cancellationToken)
            ? new LeaseHold(this, scope, name, owner, term, acquiredAt, time)
            : null;
    }

    /// <summary>Extends a lease this owner still holds; false if it was lost (expired and taken over, or released).</summary>
    public async Task<bool> RenewAsync(string scope, string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var (partition, row) = Keys(scope, name);
        var current = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        if (!current.HasValue || current.Value!.GetString("Owner") != owner)
        {
            return false;
        }

        try
        {
            var entity = new TableEntity(partition, row) { ["Owner"] = owner, ["ExpiresAt"] = time.GetUtcNow() + duration };
            await table.UpdateEntityAsync(entity, current.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Gives the lease back early (only if still ours), so another instance need not wait for it to expire.</summary>
    public async Task ReleaseAsync(string scope, string name, string owner, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var (partition, row) = Keys(scope, name);
        var current = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        if (current.HasValue && current.Value!.GetString("Owner") == owner)
        {
            try
            {
                await table.DeleteEntityAsync(partition, row, current.Value.ETag, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Taken over or gone meanwhile: nothing of ours to release.
            }
        }
    }

    private static (string Partition, string Row) Keys(string scope, string name) => (TableKeys.Partition(scope), TableKeys.Encode(name));
}
