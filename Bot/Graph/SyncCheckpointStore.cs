using Azure.Data.Tables;
using ExpertBot.Storage;

namespace ExpertBot.Graph;

/// <summary>Where one source's sync stands: the page to resume from, or the delta link for the next run.</summary>
internal sealed record SyncCheckpoint(string Source, string? NextLink = null, string? DeltaLink = null, string? PendingDeltaLink = null, DateTimeOffset? CompletedAt = null);

/// <summary>
/// Checkpoints in table SyncCheckpoints, partition tenant, row per source (users, a drive, a channel...).
/// Saved after every page, so an interrupted sync resumes from the last page it stored.
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

    /// <summary>The version of the evidence last written by the lease holder; other instances reload when it changes.</summary>
    public async Task<string?> GetPublishedVersionAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var e = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Partition(tenantId), PublishedRow, cancellationToken: cancellationToken);
        return e.HasValue ? e.Value!.GetString("Version") : null;
    }

    public async Task SetPublishedVersionAsync(string tenantId, string version, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(TableKeys.Partition(tenantId), PublishedRow) { ["Version"] = version }, TableUpdateMode.Replace, cancellationToken);
    }
}
