using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using ExpertBot.Storage;

namespace ExpertBot.Digest;

/// <summary>
/// The digest's trend charts as PNG in the DigestCharts table, under a random 128-bit id: the id is the only
/// thing in the URL (no tenant, no person), cannot be guessed, and any instance can serve it.
/// </summary>
internal sealed class ChartStore(TableClients tables, TimeProvider time)
{
    public const string TableName = "DigestCharts";
    private const string Row = "png";

    // A table property holds at most 64 KiB; the charts are a few KiB.
    private const int MaxBytes = 64 * 1024;

    public async Task<string> SaveAsync(byte[] png, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length > MaxBytes)
        {
            throw new ArgumentException("The chart is too large for a table property.", nameof(png));
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.AddEntityAsync(new TableEntity(id, Row) { ["Png"] = png, ["CreatedAt"] = time.GetUtcNow() }, cancellationToken);
        return id;
    }

    public async Task<byte[]?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsId(id))
        {
            return null;
        }

        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(id, Row, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetBinary("Png") : null;
    }

    /// <summary>Deletes the charts saved before the given moment; returns how many. Digest cards that linked them show no chart.</summary>
    public async Task<int> PurgeSavedBeforeAsync(DateTimeOffset moment, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var old = new List<string>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"CreatedAt lt {moment}"), select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            old.Add(e.PartitionKey);
        }

        foreach (var id in old)
        {
            await table.DeleteEntityAsync(id, Row, ETag.All, cancellationToken);
        }

        return old.Count;
    }

    public static bool IsId(string id) => id is { Length: 32 } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
