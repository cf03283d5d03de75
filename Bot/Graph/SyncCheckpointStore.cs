using Azure.Data.Tables;
using ExpertBot.Storage;

namespace ExpertBot.Graph;

/// <summary>Where one source's sync stands: the page to resume from, or the delta link for the next run.</summary>
internal sealed record SyncCheckpoint(string Source, string? NextLink = null, string? DeltaLink = null, string? PendingDeltaLink = null, DateTimeOffset? CompletedAt = null);

/// <summary>
/// Checkpoints in table SyncCheckpoints, partition tenant, row per source (users, a drive, a channel...).
/// Saved after every page, so an interrupted sync resumes from the last page it stored. A library's folders
/// (partition tenant|folders|drive, a row per folder) go with its checkpoint: drive delta names a file's parent by
/// id only, and the folders it returned in earlier runs are what turns that id into a path and an audience.
/// </summary>
internal sealed class SyncCheckpointStore(TableClients tables)
{
    public const string TableName = "SyncCheckpoints";
    private const string PublishedRow = "~published";

    public async Task<SyncCheckpoint> GetAsync(string tenantId, string source, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var e = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Partition(tenantId), TableKeys.Encode(source), cancellationToken: cancellationToken);
        return e.HasValue && e.Value is { } v
            ? new SyncCheckpoint(source, v.GetString("NextLink"), v.GetString("DeltaLink"), v.GetString("PendingDeltaLink"), v.GetDateTimeOffset("CompletedAt"))
            : new SyncCheckpoint(source);
    }

    public async Task SaveAsync(string tenantId, SyncCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(
            new TableEntity(TableKeys.Partition(tenantId), TableKeys.Encode(checkpoint.Source))
            {
                ["NextLink"] = checkpoint.NextLink,
                ["DeltaLink"] = checkpoint.DeltaLink,
                ["PendingDeltaLink"] = checkpoint.PendingDeltaLink,
                ["CompletedAt"] = checkpoint.CompletedAt,
            },
            TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<Dictionary<string, DriveFolder>> GetFoldersAsync(string tenantId, string driveId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = FolderPartition(tenantId, driveId);
        var folders = new Dictionary<string, DriveFolder>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            var id = e.GetString("Id");
            folders[id] = new DriveFolder(id, e.GetString("Name") ?? string.Empty, e.GetString("ParentId"), e.GetBoolean("IsRoot") == true, e.GetBoolean("Restricted") != false);
        }

        return folders;
    }

    public async Task SaveFoldersAsync(string tenantId, string driveId, IReadOnlyCollection<DriveFolder> changed, IReadOnlyCollection<string> removed, CancellationToken cancellationToken = default)
    {
        if (changed.Count == 0 && removed.Count == 0)
        {
            return;
        }

        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = FolderPartition(tenantId, driveId);
        var actions = changed.Select(f => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, TableKeys.Encode(f.Id))
            {
                ["Id"] = f.Id,
                ["Name"] = f.Name,
                ["ParentId"] = f.ParentId,
                ["IsRoot"] = f.IsRoot,
                ["Restricted"] = f.Restricted,
            }))
            .Concat(removed.Select(id => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, TableKeys.Encode(id)), Azure.ETag.All)));
        foreach (var batch in actions.Chunk(100))
        {
            try
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404)
            {
                // A folder removed twice (a page read again after an interruption): apply the rest one by one.
                foreach (var a in batch.Where(a => a.ActionType == TableTransactionActionType.UpsertReplace))
                {
                    await table.UpsertEntityAsync(a.Entity, TableUpdateMode.Replace, cancellationToken);
                }

                foreach (var a in batch.Where(a => a.ActionType == TableTransactionActionType.Delete))
                {
                    await table.DeleteEntityAsync(a.Entity.PartitionKey, a.Entity.RowKey, Azure.ETag.All, cancellationToken);
                }
            }
        }
    }

    /// <summary>The version of the evidence last written by the lease holder; other instances reload when it changes.</summary>
    public async Task<string?> GetPublishedVersionAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var e = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Partition(tenantId), PublishedRow, cancellationToken: cancellationToken);
        return e.HasValue ? e.Value!.GetString("Version") : null;
    }

    private static string FolderPartition(string tenantId, string driveId) => TableKeys.Partition(tenantId, $"folders|{driveId}");

    public async Task SetPublishedVersionAsync(string tenantId, string version, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(TableKeys.Partition(tenantId), PublishedRow) { ["Version"] = version }, TableUpdateMode.Replace, cancellationToken);
    }
}
