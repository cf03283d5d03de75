using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using ExpertBot.Storage;

namespace ExpertBot.Privacy;

/// <summary>
/// Preferences in Table Storage: partition tenant, row person id. The set of people who must not be shown is
/// kept in memory per tenant and re-read regularly, so every path (search, cards, digest, sync) can honour it
/// without a storage call per result.
/// </summary>
internal sealed class PreferenceStore(TableClients tables, TimeProvider time)
{
    public const string TableName = "Preferences";
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);
    // Ordinal, like the table's keys: tenant ids arrive canonical (TenantIds), and a cache that ignored case once let
    // one upper-case request store an empty set for the tenant and show its hidden people for 30 s.
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlySet<string> Ids)> unfindable = new(StringComparer.Ordinal);

    public async Task<PersonPreferences> GetAsync(string tenantId, string personId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Partition(tenantId), TableKeys.Encode(personId), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } e ? FromEntity(e) : PersonPreferences.Default;
    }

    /// <summary>Reads, changes and writes the preferences with ETag concurrency, so two changes never undo each other.</summary>
    public async Task<PersonPreferences> UpdateAsync(string tenantId, string personId, Func<PersonPreferences, PersonPreferences> change, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Partition(tenantId);
        var row = TableKeys.Encode(personId);
        for (var attempt = 0; ; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            var updated = change(current.HasValue ? FromEntity(current.Value!) : PersonPreferences.Default);
            var entity = ToEntity(partition, personId, updated);
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

                unfindable.TryRemove(tenantId, out _);
                return updated;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 20)
            {
                // Changed by someone else meanwhile: read again and apply the change to the new state.
            }
        }
    }

    /// <summary>The ids of people who chose to be hidden or forgotten, for excluding them everywhere.</summary>
    public async Task<IReadOnlySet<string>> UnfindableAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (unfindable.TryGetValue(tenantId, out var cached) && now - cached.At < CacheLifetime)
        {
            return cached.Ids;
        }

        var table = await tables.GetAsync(TableName, cancellationToken);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Partition(tenantId), cancellationToken: cancellationToken))
        {
            if (!FromEntity(e).Findable)
            {
                ids.Add(e.GetString("PersonId"));
            }
        }

        unfindable[tenantId] = (now, ids);
        return ids;
    }

    /// <summary>People who asked to be forgotten: nothing new is stored about them (the Graph sync checks this).</summary>
    public async Task<IReadOnlySet<string>> ForgottenAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Partition(tenantId) && e.GetBoolean("Forgotten") == true, cancellationToken: cancellationToken))
        {
            ids.Add(e.GetString("PersonId"));
        }

        return ids;
    }

    /// <summary>People who chose not to be featured in digests (they stay findable).</summary>
    public async Task<IReadOnlySet<string>> NotFeaturedAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Partition(tenantId), cancellationToken: cancellationToken))
        {
            var p = FromEntity(e);
            if (p.NotFeatured || !p.Findable)
            {
                ids.Add(e.GetString("PersonId"));
            }
        }

        return ids;
    }

    private static TableEntity ToEntity(string partition, string personId, PersonPreferences p) => new(partition, TableKeys.Encode(personId))
    {
        ["PersonId"] = personId,
        ["Hidden"] = p.Hidden,
        ["Forgotten"] = p.Forgotten,
        ["NoEndorsementNotices"] = p.NoEndorsementNotices,
        ["NotFeatured"] = p.NotFeatured,
        ["NoRoutedQuestions"] = p.NoRoutedQuestions,
    };

    private static PersonPreferences FromEntity(TableEntity e) => new(
        e.GetBoolean("Hidden") ?? false,
        e.GetBoolean("Forgotten") ?? false,
        e.GetBoolean("NoEndorsementNotices") ?? false,
        e.GetBoolean("NotFeatured") ?? false,
        e.GetBoolean("NoRoutedQuestions") ?? false);
}
