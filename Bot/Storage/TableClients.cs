using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace ExpertBot.Storage;

/// <summary>Hands out table clients by name, creating each table once per process.</summary>
/// <remarks>
/// The client options (retries, transport, pipeline policies) may come from DI: tests put a fault-injecting
/// policy there to prove that a lost response or a 503 loses nothing. Without one, <see cref="DefaultClientOptions"/>.
/// </remarks>
internal sealed class TableClients
{
    private readonly TableServiceClient service;
    private readonly string prefix;
    private readonly Dictionary<string, Lazy<Task<TableClient>>> tables = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public TableClients(IOptions<StorageOptions> options, TableClientOptions? clientOptions = null)
    {
        var o = options.Value;
        clientOptions ??= DefaultClientOptions(o.MaxRetries);
        service = o.TableServiceUri is { } uri
            ? new TableServiceClient(uri, new DefaultAzureCredential(), clientOptions)
            : new TableServiceClient(o.ConnectionString ?? "UseDevelopmentStorage=true", clientOptions);
        prefix = o.TablePrefix;
    }

    /// <summary>Exponential retries (503, 500, timeouts, dropped connections; five by default), 20 s per attempt.</summary>
    public static TableClientOptions DefaultClientOptions(int maxRetries = StorageOptions.DefaultMaxRetries)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = maxRetries;
        clientOptions.Retry.Mode = Azure.Core.RetryMode.Exponential;
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
        return clientOptions;
    }

    public Task<TableClient> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!TableNames.All.Contains(name))
        {
            throw new ArgumentException($"Table {name} is not in TableNames.All, so the deployment would not create it.", nameof(name));
        }

        Lazy<Task<TableClient>> table;
        lock (gate)
        {
            if (!tables.TryGetValue(name, out table!))
            {
                tables[name] = table = new Lazy<Task<TableClient>>(() => CreateAsync(prefix + name));
            }
        }

        return table.Value.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// One cheap read of the account (is one of our tables listed?), for the readiness probe; throws when storage does
    /// not answer. It reads no table, so it neither creates one nor depends on one existing.
    /// </summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        var pages = service.QueryAsync($"TableName eq '{prefix}{LeaseStore.TableName}'", maxPerPage: 1, cancellationToken).AsPages();
        await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
        await enumerator.MoveNextAsync();
    }

    private async Task<TableClient> CreateAsync(string tableName)
    {
        var client = service.GetTableClient(tableName);
        try
        {
            await client.CreateIfNotExistsAsync();
        }
        catch
        {
            // Do not cache a failure: the next call tries again (the emulator may just be starting).
            lock (gate)
            {
                tables.Remove(tableName[prefix.Length..]);
            }

            throw;
        }

        return client;
    }
}
