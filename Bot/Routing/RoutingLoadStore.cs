using Azure;
using Azure.Data.Tables;
using ExpertBot.Storage;

namespace ExpertBot.Routing;

/// <summary>
/// How many routed questions each person received this ISO week, so nobody gets more than the weekly cap.
/// <c>RoutingLoad</c>: partition "tenant|person", row the week ("2026-W48"). A slot is reserved before the
/// question is sent, with an ETag-guarded increment, so two questions routed at once cannot both take the last one.
/// </summary>
internal sealed class RoutingLoadStore(TableClients tables)
{
    public const string TableName = "RoutingLoad";
    private const int MaxConcurrencyRetries = 50;

    /// <summary>Takes one of the person's slots for the week; false when they already received <paramref name="cap"/>.</summary>
    public async Task<bool> TryReserveAsync(string tenantId, string personId, string week, int cap, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Partition(tenantId, personId);
        for (var attempt = 0; ; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(partition, week, cancellationToken: cancellationToken);
            var count = current.HasValue ? current.Value!.GetInt32("Count") ?? 0 : 0;
            if (count >= cap)
            {
                return false;
            }

            var entity = new TableEntity(partition, week) { ["Count"] = count + 1 };
            try
            {
                if (current.HasValue)
                {
                    await table.UpdateEntityAsync(entity, current.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(entity, cancellationToken);
                }

                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxConcurrencyRetries)
            {
                // Another question took a slot meanwhile: count again.
            }
        }
    }

    public async Task<int> CountAsync(string tenantId, string personId, string week, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var current = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Partition(tenantId, personId), week, cancellationToken: cancellationToken);
        return current.HasValue ? current.Value!.GetInt32("Count") ?? 0 : 0;
    }

    /// <summary>Deletes a person's counters ("forget me"); returns how many.</summary>
    public async Task<int> EraseAsync(string tenantId, string personId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var deleted = 0;
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Partition(tenantId, personId), cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(e.PartitionKey, e.RowKey, ETag.All, cancellationToken);
            deleted++;
        }

        return deleted;
    }
}
