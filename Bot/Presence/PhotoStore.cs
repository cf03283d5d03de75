using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using ExpertBot.Privacy;
using ExpertBot.Storage;

namespace ExpertBot.Presence;

/// <summary>
/// People's small profile photos, synced from Graph with their profile: table Photos, partition tenant, row person.
/// A row without bytes records that Graph had no photo when last asked, so the sync knows whom it already asked.
/// Photos are served only for people who may be shown: a hidden or forgotten person's photo is never handed out, even
/// to a caller that knows their id. Writes carry ETags: a photo fetched while its owner said "forget me" is not
/// written back over the deletion.
/// </summary>
internal sealed class PhotoStore(TableClients tables, PreferenceStore preferences) : IPhotoSource, IPersonDataEraser
{
    public const string TableName = "Photos";

    /// <summary>A binary Table Storage property holds at most 64 KiB; a 48x48 photo is a few KiB.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly HashSet<string> ImageTypes = new(StringComparer.OrdinalIgnoreCase) { "image/jpeg", "image/png", "image/gif" };

    /// <summary>Whether the bytes can be stored and served as a photo: an image type the card can show, within the property limit.</summary>
    public static bool CanStore(ReadOnlySpan<byte> bytes, string? contentType) =>
        bytes.Length is > 0 and <= MaxBytes && contentType is not null && ImageTypes.Contains(contentType);

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(SHA256.HashData(bytes));

    public async Task<PersonPhoto?> GetAsync(string tenantId, string personId, CancellationToken cancellationToken = default)
    {
        if ((await preferences.UnfindableAsync(tenantId, cancellationToken)).Contains(personId))
        {
            return null;
        }

        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Partition(tenantId), TableKeys.Encode(personId), cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetBinary("Photo") is { Length: > 0 } bytes && row.Value.GetString("ContentType") is { } type
            ? new PersonPhoto(bytes, type)
            : null;
    }

    /// <summary>Every row of the tenant without its bytes: whom the sync has asked, and what it found.</summary>
    public async Task<IReadOnlyDictionary<string, StoredPhoto>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Partition(tenantId);
        var rows = new Dictionary<string, StoredPhoto>(StringComparer.OrdinalIgnoreCase);
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["PersonId", "Hash", "CheckedAt"], cancellationToken: cancellationToken))
        {
            var id = e.GetString("PersonId");
            rows[id] = new StoredPhoto(id, e.GetString("Hash"), e.GetDateTimeOffset("CheckedAt") ?? DateTimeOffset.MinValue, e.ETag);
        }

        return rows;
    }

    /// <summary>
    /// Stores the person's photo (null: they have none, a stored one is deleted) as checked at <paramref name="checkedAt"/>.
    /// With the row read before (<paramref name="before"/>) the write holds only if nobody changed or deleted it since;
    /// false when it did not hold.
    /// </summary>
    public async Task<bool> SaveAsync(string tenantId, string personId, PersonPhoto? photo, StoredPhoto? before, DateTimeOffset checkedAt, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(TableKeys.Partition(tenantId), TableKeys.Encode(personId))
        {
            ["PersonId"] = personId,
            ["CheckedAt"] = checkedAt,
            ["Photo"] = photo?.Bytes.ToArray(),
            ["ContentType"] = photo?.ContentType,
            ["Hash"] = photo is null ? null : HashOf(photo.Bytes.Span),
        };
        return await WriteAsync(table, entity, before, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Records that Graph was asked again and nothing changed (or the answer could not be used): the stored photo stays.</summary>
    public async Task<bool> TouchAsync(string tenantId, string personId, StoredPhoto? before, DateTimeOffset checkedAt, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(TableKeys.Partition(tenantId), TableKeys.Encode(personId)) { ["PersonId"] = personId, ["CheckedAt"] = checkedAt };
        return await WriteAsync(table, entity, before, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Rows of people the sync no longer keeps (removed, or never stored).</summary>
    public async Task DeleteAsync(string tenantId, IEnumerable<string> personIds, CancellationToken cancellationToken = default)
    {
        foreach (var id in personIds)
        {
            await EraseAsync(tenantId, id, cancellationToken);
        }
    }

    /// <summary>"Forget me", or a person the sync removed: their photo row goes.</summary>
    public async Task<int> EraseAsync(string tenantId, string personId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            // The SDK answers a delete of a missing row with its 404 rather than throwing (older versions threw).
            var response = await table.DeleteEntityAsync(TableKeys.Partition(tenantId), TableKeys.Encode(personId), ETag.All, cancellationToken);
            return response.Status == 404 ? 0 : 1;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return 0;
        }
    }

    private static async Task<bool> WriteAsync(TableClient table, TableEntity entity, StoredPhoto? before, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        try
        {
            if (before is null)
            {
                await table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await table.UpdateEntityAsync(entity, before.ETag, mode, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // Deleted ("forget me") or written by someone else since it was read: their change wins.
            return false;
        }
    }
}
