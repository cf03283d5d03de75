using Azure;
using Azure.Data.Tables;
using ExpertBot.Storage;

namespace ExpertBot.Endorsements;

/// <summary>
/// Endorsements in Azure Table Storage, in two tables designed for the queries they serve:
/// <list type="bullet">
/// <item><c>EndorsementsGiven</c>, the ledger: partition "tenant|endorser", row "topicKey|endorsee", plus one budget
/// row per ISO week ("~budget|2026-W48"). Adding an endorsement and counting it against the budget is one entity
/// group transaction in that partition, so a double click, a retry after a lost response, or a hundred concurrent
/// clicks leave exactly one row and never spend more than the budget.</item>
/// <item><c>Endorsements</c>, the view by endorsee: partition "tenant|endorsee", row "topicKey|endorser", for
/// "who vouched for me" and the cards. It is written after the ledger and repaired by any later attempt.</item>
/// </list>
/// </summary>
internal sealed class EndorsementStore(TableClients tables, TimeProvider time)
{
    public const string GivenTable = "EndorsementsGiven";
    public const string ReceivedTable = "Endorsements";
    private const string BudgetPrefix = "~budget|";
    private const int MaxConcurrencyRetries = 50;
    private const string OperationProperty = "OperationId";

    public async Task<EndorseOutcome> EndorseAsync(string tenantId, string endorserId, string endorseeId, string topicKey, string topic, int weeklyBudget, string? endorserName = null, CancellationToken cancellationToken = default)
    {
        if (string.Equals(endorserId, endorseeId, StringComparison.OrdinalIgnoreCase))
        {
            return EndorseOutcome.SelfEndorsement;
        }

        var given = await tables.GetAsync(GivenTable, cancellationToken);
        var now = time.GetUtcNow();
        var partition = TableKeys.Partition(tenantId, endorserId);
        var row = Row(topicKey, endorseeId);
        var budgetRow = BudgetPrefix + WeekKey(now);
        // Marks this call's row: when the SDK retries a transaction whose response was lost after the server
        // committed it, the retry fails with 409 and the row found next is this call's own, a first endorsement.
        var operation = Guid.NewGuid().ToString("N");

        for (var attempt = 0; ; attempt++)
        {
            var budget = await given.GetEntityIfExistsAsync<TableEntity>(partition, budgetRow, cancellationToken: cancellationToken);
            var spent = budget.HasValue ? budget.Value!.GetInt32("Count") ?? 0 : 0;
            if (await given.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken) is { HasValue: true } existing)
            {
                var stored = FromEntity(existing.Value!);
                await WriteReceivedAsync(stored, cancellationToken);
                return existing.Value!.GetString(OperationProperty) == operation ? EndorseOutcome.Endorsed : EndorseOutcome.AlreadyEndorsed;
            }

            if (spent >= weeklyBudget)
            {
                return EndorseOutcome.BudgetSpent;
            }

            var record = new EndorsementRecord(tenantId, endorserId, endorseeId, topicKey, topic, now, endorserName);
            List<TableTransactionAction> actions =
            [
                new(TableTransactionActionType.Add, new TableEntity(ToEntity(partition, row, record)) { [OperationProperty] = operation }),
                budget.HasValue
                    ? new(TableTransactionActionType.UpdateReplace, new TableEntity(partition, budgetRow) { ["Count"] = spent + 1 }, budget.Value!.ETag)
                    : new(TableTransactionActionType.Add, new TableEntity(partition, budgetRow) { ["Count"] = 1 }),
            ];
            try
            {
                await given.SubmitTransactionAsync(actions, cancellationToken);
                await WriteReceivedAsync(record, cancellationToken);
                return EndorseOutcome.Endorsed;
            }
            catch (TableTransactionFailedException ex) when ((ex.Status is 409 or 412) && attempt < MaxConcurrencyRetries)
            {
                // Someone else changed the budget or added this very endorsement first: read again and decide again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 + attempt * 10)), time, cancellationToken);
            }
        }
    }

    public async Task<bool> WithdrawAsync(string tenantId, string endorserId, string endorseeId, string topicKey, CancellationToken cancellationToken = default)
    {
        var given = await tables.GetAsync(GivenTable, cancellationToken);
        var received = await tables.GetAsync(ReceivedTable, cancellationToken);
        var existed = (await given.DeleteEntityAsync(TableKeys.Partition(tenantId, endorserId), Row(topicKey, endorseeId), ETag.All, cancellationToken)).Status != 404;
        var viewExisted = (await received.DeleteEntityAsync(TableKeys.Partition(tenantId, endorseeId), Row(topicKey, endorserId), ETag.All, cancellationToken)).Status != 404;
        return existed || viewExisted;
    }

    public async Task<IReadOnlyList<EndorsementRecord>> ReceivedByAsync(string tenantId, string endorseeId, CancellationToken cancellationToken = default)
    {
        var received = await tables.GetAsync(ReceivedTable, cancellationToken);
        return await QueryAsync(received, TableKeys.Partition(tenantId, endorseeId), cancellationToken);
    }

    public async Task<IReadOnlyList<EndorsementRecord>> GivenByAsync(string tenantId, string endorserId, CancellationToken cancellationToken = default)
    {
        var given = await tables.GetAsync(GivenTable, cancellationToken);
        return await QueryAsync(given, TableKeys.Partition(tenantId, endorserId), cancellationToken);
    }

    /// <summary>Every endorsement of a tenant, from the ledger: what the ranking's social layer is built from.</summary>
    public async Task<IReadOnlyList<EndorsementRecord>> AllAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var given = await tables.GetAsync(GivenTable, cancellationToken);
        var prefix = TableKeys.Partition(tenantId) + "|";
        var result = new List<EndorsementRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {prefix + "\uffff"}");
        await foreach (var entity in given.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (!entity.RowKey.StartsWith(BudgetPrefix, StringComparison.Ordinal))
            {
                result.Add(FromEntity(entity));
            }
        }

        return result;
    }

    /// <summary>Deletes every endorsement a person gave or received ("forget me"); returns how many.</summary>
    public async Task<int> ForgetAsync(string tenantId, string personId, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var e in await GivenByAsync(tenantId, personId, cancellationToken))
        {
            deleted += await WithdrawAsync(tenantId, e.EndorserId, e.EndorseeId, e.TopicKey, cancellationToken) ? 1 : 0;
        }

        foreach (var e in await ReceivedByAsync(tenantId, personId, cancellationToken))
        {
            deleted += await WithdrawAsync(tenantId, e.EndorserId, e.EndorseeId, e.TopicKey, cancellationToken) ? 1 : 0;
        }

        var given = await tables.GetAsync(GivenTable, cancellationToken);
        await foreach (var budget in given.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Partition(tenantId, personId), cancellationToken: cancellationToken))
        {
            await given.DeleteEntityAsync(budget.PartitionKey, budget.RowKey, ETag.All, cancellationToken);
        }

        return deleted;
    }

    /// <summary>The ISO week an endorsement is counted in, e.g. "2026-W48".</summary>
    internal static string WeekKey(DateTimeOffset when) =>
        $"{System.Globalization.ISOWeek.GetYear(when.UtcDateTime)}-W{System.Globalization.ISOWeek.GetWeekOfYear(when.UtcDateTime):00}";

    private async Task WriteReceivedAsync(EndorsementRecord record, CancellationToken cancellationToken)
    {
        var received = await tables.GetAsync(ReceivedTable, cancellationToken);
        await received.UpsertEntityAsync(ToEntity(TableKeys.Partition(record.TenantId, record.EndorseeId), Row(record.TopicKey, record.EndorserId), record), TableUpdateMode.Replace, cancellationToken);
    }

    private static async Task<IReadOnlyList<EndorsementRecord>> QueryAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        var result = new List<EndorsementRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            if (!entity.RowKey.StartsWith(BudgetPrefix, StringComparison.Ordinal))
            {
                result.Add(FromEntity(entity));
            }
        }

        return result;
    }

    private static string Row(string topicKey, string personId) => $"{TableKeys.Encode(topicKey)}|{TableKeys.Encode(personId)}";

    private static TableEntity ToEntity(string partition, string row, EndorsementRecord r)
    {
        var entity = new TableEntity(partition, row)
        {
            ["TenantId"] = r.TenantId,
            ["EndorserId"] = r.EndorserId,
            ["EndorseeId"] = r.EndorseeId,
            ["TopicKey"] = r.TopicKey,
            ["Topic"] = r.Topic,
            ["CreatedAt"] = r.CreatedAt,
        };
        if (r.EndorserName is { } name)
        {
            entity["EndorserName"] = name;
        }

        return entity;
    }

    private static EndorsementRecord FromEntity(TableEntity e) => new(
        e.GetString("TenantId"), e.GetString("EndorserId"), e.GetString("EndorseeId"), e.GetString("TopicKey"),
        e.GetString("Topic"), e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue, e.GetString("EndorserName"));
}
