using Azure;
using Azure.Data.Tables;
using ExpertBot.Storage;

namespace ExpertBot.Graph;

/// <summary>
/// Table SyncStatus, partition tenant, one row per source: what <c>sync --status</c> and the readiness check show.
/// Kept apart from SyncCheckpoints, whose rows are replaced on every page: a status is written once per run.
/// </summary>
internal sealed class SyncStatusStore(TableClients tables)
{
    public const string TableName = "SyncStatus";

    public async Task<IReadOnlyList<SyncSourceStatus>> LoadAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Partition(tenantId);
        var statuses = new List<SyncSourceStatus>();
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            statuses.Add(new SyncSourceStatus(
                e.GetString("Source") ?? e.RowKey,
                e.GetString("Name") ?? e.RowKey,
                e.GetDateTimeOffset("LastAttempt"),
                e.GetDateTimeOffset("LastSuccess"),
                e.GetInt32("Items"),
                e.GetDateTimeOffset("LastFailure"),
                e.GetString("LastError"),
                e.GetBoolean("Permanent") == true,
                e.GetInt32("Failures") ?? 0,
                e.GetDateTimeOffset("NextRetry")));
        }

        return statuses;
    }

    /// <summary>Writes the given statuses and deletes the rows of the given sources, in transactions of 100 (one partition).</summary>
    public async Task SaveAsync(string tenantId, IEnumerable<SyncSourceStatus> statuses, IEnumerable<string> deleted, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Partition(tenantId);
        var actions = statuses
            .Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, TableKeys.Encode(s.Source))
            {
                ["Source"] = s.Source,
                ["Name"] = s.Name,
                ["LastAttempt"] = s.LastAttempt,
                ["LastSuccess"] = s.LastSuccess,
                ["Items"] = s.Items,
                ["LastFailure"] = s.LastFailure,
                ["LastError"] = s.LastError,
                ["Permanent"] = s.Permanent,
                ["Failures"] = s.Failures,
                ["NextRetry"] = s.NextRetry,
            }))
            .Concat(deleted.Select(source => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, TableKeys.Encode(source)), ETag.All)));
        foreach (var batch in actions.Chunk(100))
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }
}
