using Azure;
using Azure.Data.Tables;

namespace ExpertBot.Storage;

/// <summary>
/// Named leases in Table Storage, so that of several instances only one runs a job (the weekly digest).
/// Taking or renewing a lease is one conditional write: the ETag decides who wins a race.
/// </summary>
internal sealed class LeaseStore(TableClients tables, TimeProvider time)
{
    public const string TableName = "Leases";
    private const string Partition = "lease";

    /// <summary>Takes the lease if it is free, expired or already ours, for <paramref name="duration"/>; false when another holder has it.</summary>
    public async Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = TableKeys.Encode(name);
        var now = time.GetUtcNow();
        var entity = new TableEntity(Partition, row) { ["Owner"] = owner, ["ExpiresAt"] = now + duration };
        var current = await table.GetEntityIfExistsAsync<TableEntity>(Partition, row, cancellationToken: cancellationToken);
        try
        {
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

    /// <summary>Gives the lease back early (only if still ours), so another instance need not wait for it to expire.</summary>
    public async Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var current = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Encode(name), cancellationToken: cancellationToken);
        if (current.HasValue && current.Value!.GetString("Owner") == owner)
        {
            try
            {
                await table.DeleteEntityAsync(Partition, TableKeys.Encode(name), current.Value.ETag, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Taken over or gone meanwhile: nothing of ours to release.
            }
        }
    }
}
