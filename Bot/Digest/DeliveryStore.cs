using Azure;
using Azure.Data.Tables;
using ExpertBot.Storage;

namespace ExpertBot.Digest;

/// <summary>
/// One record per subscriber and week in DigestDeliveries (partition tenant|week, row subscriber): claimed (by
/// an instance, at a time, until a time), then sent (or settled without sending). Every change is conditional
/// on the ETag just read, so two senders never both claim a subscriber, and a claim left by a crashed sender is
/// taken over once it expires. A last row in the partition records the tenant's week as complete: written only
/// when every subscriber's delivery was settled, it is what tells the scheduler the week needs nothing more.
/// </summary>
internal sealed class DeliveryStore(TableClients tables, TimeProvider time)
{
    public const string TableName = "DigestDeliveries";

    // The completion row: encoded subscriber keys escape '|', so none can collide with it.
    private const string CompleteRow = "|complete";

    // The week in a partition key ("tenant|2026-11-22"): sortable, and read back by the retention.
    private const string WeekFormat = "yyyy-MM-dd";

    /// <summary>
    /// Claims the subscriber's digest for the week. No claim and Settled: it was sent (or settled) already;
    /// no claim and not settled: another sender holds a live claim on it.
    /// </summary>
    public async Task<(DeliveryClaim? Claim, bool Settled)> TryClaimAsync(string tenantId, DateOnly week, string subscriberKey, string owner, TimeSpan claimFor, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = Partition(tenantId, week);
        var row = TableKeys.Encode(subscriberKey);
        var now = time.GetUtcNow();
        var entity = new TableEntity(partition, row)
        {
            ["State"] = nameof(DeliveryState.Claimed),
            ["Owner"] = owner,
            ["ClaimedAt"] = now,
            ["ClaimedUntil"] = now + claimFor,
            ["Attempts"] = 1,
        };
        var current = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        try
        {
            if (!current.HasValue)
            {
                var added = await table.AddEntityAsync(entity, cancellationToken);
                return (new DeliveryClaim(tenantId, week, subscriberKey, owner, 1, added.Headers.ETag ?? ETag.All), false);
            }

            var existing = current.Value!;
            if (existing.GetString("State") != nameof(DeliveryState.Claimed))
            {
                return (null, true);
            }

            if (existing.GetDateTimeOffset("ClaimedUntil") > now)
            {
                return (null, false);
            }

            // An expired claim: its holder died or gave up mid-send, and may have sent the card before it did.
            var attempt = (existing.GetInt32("Attempts") ?? 1) + 1;
            entity["Attempts"] = attempt;
            entity["PreviousOwner"] = existing.GetString("Owner");
            var updated = await table.UpdateEntityAsync(entity, existing.ETag, TableUpdateMode.Replace, cancellationToken);
            return (new DeliveryClaim(tenantId, week, subscriberKey, owner, attempt, updated.Headers.ETag ?? ETag.All), false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another sender got there first.
            return (null, false);
        }
    }

    /// <summary>Settles a claimed delivery; false when the claim was lost (expired and taken over) meanwhile.</summary>
    public async Task<bool> SettleAsync(DeliveryClaim claim, DeliveryState state, string? activityId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(Partition(claim.TenantId, claim.Week), TableKeys.Encode(claim.SubscriberKey))
        {
            ["State"] = state.ToString(),
            ["Owner"] = claim.Owner,
            ["Attempts"] = claim.Attempt,
            ["SettledAt"] = time.GetUtcNow(),
            ["ActivityId"] = activityId,
        };
        try
        {
            await table.UpdateEntityAsync(entity, claim.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Gives a claim back after a failed send, so the next pass retries at once instead of after expiry.</summary>
    public async Task ReleaseAsync(DeliveryClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(Partition(claim.TenantId, claim.Week), TableKeys.Encode(claim.SubscriberKey), claim.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Already taken over.
        }
    }

    public async Task<IReadOnlyDictionary<string, DeliveryState>> ListAsync(string tenantId, DateOnly week, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new Dictionary<string, DeliveryState>(StringComparer.Ordinal);
        var partition = Partition(tenantId, week);
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            if (e.RowKey != CompleteRow)
            {
                result[e.RowKey] = Enum.Parse<DeliveryState>(e.GetString("State"));
            }
        }

        return result;
    }

    /// <summary>Records the tenant's week as complete: call only once every subscriber's delivery is settled.</summary>
    public async Task MarkCompleteAsync(string tenantId, DateOnly week, string owner, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(Partition(tenantId, week), CompleteRow) { ["Owner"] = owner, ["CompletedAt"] = time.GetUtcNow() };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<bool> IsCompleteAsync(string tenantId, DateOnly week, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(tenantId, week), CompleteRow, select: ["PartitionKey"], cancellationToken: cancellationToken);
        return row.HasValue;
    }

    /// <summary>
    /// Deletes every tenant's records of weeks ending before the given one (they only stop a second send that
    /// week; no run goes back further than a day). Returns how many were deleted.
    /// </summary>
    public async Task<int> PurgeWeeksBeforeAsync(DateOnly week, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var old = new List<(string Partition, string Row)>();
        await foreach (var e in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (WeekOf(e.PartitionKey) is { } w && w < week)
            {
                old.Add((e.PartitionKey, e.RowKey));
            }
        }

        foreach (var partition in old.GroupBy(o => o.Partition))
        {
            foreach (var chunk in partition.Chunk(100))
            {
                await table.SubmitTransactionAsync(
                    chunk.Select(o => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(o.Partition, o.Row), ETag.All)),
                    cancellationToken);
            }
        }

        return old.Count;
    }

    // The week of a partition key: what follows its last '|' (a tenant id's own '|' is escaped).
    private static DateOnly? WeekOf(string partition) =>
        partition.LastIndexOf('|') is var at and >= 0
        && DateOnly.TryParseExact(partition[(at + 1)..], WeekFormat, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var week)
            ? week
            : null;

    private static string Partition(string tenantId, DateOnly week) =>
        TableKeys.Partition(tenantId, week.ToString(WeekFormat, System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// A sender's hold on one subscriber's digest for one week; the ETag proves it is still ours. Attempt 2 or more:
/// an earlier holder's claim expired, and that holder may have sent the card already.
/// </summary>
internal sealed record DeliveryClaim(string TenantId, DateOnly Week, string SubscriberKey, string Owner, int Attempt, ETag ETag);

internal enum DeliveryState
{
    Claimed,
    Sent,

    /// <summary>Nothing rose on the subscriber's topics this week: nothing sent, and that is final.</summary>
    Empty,

    /// <summary>The subscriber removed the app (403/404): not retried; the subscription is marked inactive.</summary>
    Removed,
}
