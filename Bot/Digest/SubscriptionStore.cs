using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ExpertBot.Privacy;
using ExpertBot.Storage;
using ExpertBot.Teams;

namespace ExpertBot.Digest;

/// <summary>
/// Digest subscriptions in the Subscriptions table: partition tenant, row subscriber key. Deletes a person's
/// subscriptions on "forget me". Service URLs were stored from authenticated activities, so they are trusted again on read.
/// </summary>
internal sealed class SubscriptionStore(TableClients tables, TrustedServiceUrls trusted) : IPersonDataEraser
{
    public const string TableName = "Subscriptions";

    public async Task SaveAsync(Subscription s, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(s);
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(TableKeys.Partition(s.TenantId), TableKeys.Encode(s.Key))
        {
            ["TenantId"] = s.TenantId,
            ["Key"] = s.Key,
            ["PersonId"] = s.PersonId,
            ["Topics"] = JsonSerializer.Serialize(s.Topics),
            ["Language"] = s.Language,
            ["ServiceUrl"] = s.ServiceUrl,
            ["BotId"] = s.BotId,
            ["ConversationId"] = s.ConversationId,
            ["ConversationType"] = s.ConversationType,
            ["UserId"] = s.UserId,
            ["Active"] = s.Active,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<Subscription?> GetAsync(string tenantId, string key, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Partition(tenantId), TableKeys.Encode(key), cancellationToken: cancellationToken);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    public async Task<bool> DeleteAsync(string tenantId, string key, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(TableKeys.Partition(tenantId), TableKeys.Encode(key), ETag.All, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <summary>A subscriber who removed the app: kept (so a reinstall can resume it) but no longer sent to.</summary>
    public async Task MarkInactiveAsync(string tenantId, string key, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(new TableEntity(TableKeys.Partition(tenantId), TableKeys.Encode(key)) { ["Active"] = false },
                ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Unsubscribed meanwhile.
        }
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new List<Subscription>();
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Partition(tenantId), cancellationToken: cancellationToken))
        {
            result.Add(FromEntity(e));
        }

        return result;
    }

    /// <summary>The tenants that have at least one subscription.</summary>
    public async Task<IReadOnlyList<string>> TenantsAsync(CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var tenants = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<TableEntity>(select: ["TenantId"], cancellationToken: cancellationToken))
        {
            tenants.Add(e.GetString("TenantId"));
        }

        return [.. tenants];
    }

    public async Task<int> EraseAsync(string tenantId, string personId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var deleted = 0;
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Partition(tenantId)} and PersonId eq {personId}"), cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(e.PartitionKey, e.RowKey, ETag.All, cancellationToken);
            deleted++;
        }

        return deleted;
    }

    private Subscription FromEntity(TableEntity e)
    {
        var s = new Subscription(
            e.GetString("TenantId"), e.GetString("Key"), e.GetString("PersonId"),
            JsonSerializer.Deserialize<string[]>(e.GetString("Topics") ?? "[]") ?? [],
            e.GetString("Language") ?? "en", e.GetString("ServiceUrl"), e.GetString("BotId"), e.GetString("ConversationId"),
            e.GetString("ConversationType"), e.GetString("UserId"), e.GetBoolean("Active") ?? true);
        trusted.Trust(s.ServiceUrl);
        return s;
    }
}
