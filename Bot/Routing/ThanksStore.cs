using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using ExpertBot.Storage;

namespace ExpertBot.Routing;

/// <summary>
/// Thanks in Table Storage. <c>Thanks</c>: partition "tenant|expert", row "topicKey|asker", so "once per asker,
/// expert and topic" is the table's own uniqueness (a second insert is a 409, whatever the race). The cards and the
/// ranking read a tenant's thanks from memory, re-read every <see cref="CacheLifetime"/>; a thank-you given on this
/// instance counts at once.
/// </summary>
internal sealed class ThanksStore(TableClients tables, TimeProvider time)
{
    public const string TableName = "Thanks";
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<ThankYou> Thanks)> cache = new(StringComparer.Ordinal);

    /// <summary>Records the thank-you; false when this asker already thanked this expert on this topic (or thanks themselves).</summary>
    public async Task<bool> AddAsync(ThankYou thanks, CancellationToken cancellationToken = default)
    {
        if (string.Equals(thanks.ExpertId, thanks.AskerId, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(TableKeys.Partition(thanks.TenantId, thanks.ExpertId), Row(thanks.TopicKey, thanks.AskerId))
            {
                ["TenantId"] = thanks.TenantId,
                ["ExpertId"] = thanks.ExpertId,
                ["TopicKey"] = thanks.TopicKey,
                ["Topic"] = thanks.Topic,
                ["AskerId"] = thanks.AskerId,
                ["QuestionId"] = thanks.QuestionId,
                ["CreatedAt"] = thanks.CreatedAt,
            }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }

        cache.TryRemove(thanks.TenantId, out _);
        return true;
    }

    /// <summary>Every thank-you of a tenant (cached briefly).</summary>
    public async Task<IReadOnlyList<ThankYou>> ForTenantAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (cache.TryGetValue(tenantId, out var cached) && now - cached.At < CacheLifetime)
        {
            return cached.Thanks;
        }

        var table = await tables.GetAsync(TableName, cancellationToken);
        var prefix = TableKeys.Partition(tenantId) + "|";
        var result = new List<ThankYou>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {prefix + "\uffff"}"), cancellationToken: cancellationToken))
        {
            result.Add(FromEntity(e));
        }

        cache[tenantId] = (now, result);
        return result;
    }

    /// <summary>For one topic key: how many distinct colleagues thanked each person.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(string tenantId, string topicKey, CancellationToken cancellationToken = default) =>
        (await ForTenantAsync(tenantId, cancellationToken))
            .Where(t => t.TopicKey == topicKey && !string.Equals(t.ExpertId, t.AskerId, StringComparison.OrdinalIgnoreCase))
            .GroupBy(t => t.ExpertId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(t => t.AskerId).Distinct(StringComparer.OrdinalIgnoreCase).Count(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Deletes every thank-you the person gave or received ("forget me"); returns how many.</summary>
    public async Task<int> EraseAsync(string tenantId, string personId, CancellationToken cancellationToken = default)
    {
        cache.TryRemove(tenantId, out _);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var deleted = 0;
        foreach (var t in await ForTenantAsync(tenantId, cancellationToken))
        {
            if (string.Equals(t.ExpertId, personId, StringComparison.OrdinalIgnoreCase) || string.Equals(t.AskerId, personId, StringComparison.OrdinalIgnoreCase))
            {
                await table.DeleteEntityAsync(TableKeys.Partition(tenantId, t.ExpertId), Row(t.TopicKey, t.AskerId), ETag.All, cancellationToken);
                deleted++;
            }
        }

        cache.TryRemove(tenantId, out _);
        return deleted;
    }

    private static string Row(string topicKey, string askerId) => $"{TableKeys.Encode(topicKey)}|{TableKeys.Encode(askerId)}";

    private static ThankYou FromEntity(TableEntity e) => new(
        e.GetString("TenantId"), e.GetString("ExpertId"), e.GetString("TopicKey"), e.GetString("Topic"), e.GetString("AskerId"),
        e.GetString("QuestionId"), e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue);
}
