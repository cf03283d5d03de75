using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using ExpertBot.Localization;
using ExpertBot.Storage;

namespace ExpertBot.Routing;

/// <summary>
/// Routed questions and their timers in Table Storage.
/// <list type="bullet">
/// <item><c>RoutedQuestions</c>: partition tenant, row question id. The whole question is one entity, changed
/// only by <see cref="UpdateAsync"/>: read, change, replace on the ETag, again on 412. That is what makes the
/// first accept win and a double click accept once.</item>
/// <item><c>RoutingDue</c>: the timers (an answer window ending, a thanks follow-up, the purge), partition tenant,
/// row "yyyyMMddTHHmmssZ|question|kind". The table holds only timers not yet handled, so the scheduler's one
/// query, RowKey up to now across partitions, reads only what is due: the row key starts with the time. A timer is
/// written before the change it guards, so a crash between the two leaves a timer that finds nothing to do,
/// never a question that nothing will move on.</item>
/// </list>
/// </summary>
internal sealed class QuestionStore(TableClients tables)
{
    public const string TableName = "RoutedQuestions";
    public const string DueTableName = "RoutingDue";
    private const int MaxConcurrencyRetries = 50;
    private const string TimeFormat = "yyyyMMdd'T'HHmmss'Z'";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task AddAsync(RoutedQuestion question, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.AddEntityAsync(ToEntity(question), cancellationToken);
    }

    public async Task<RoutedQuestion?> GetAsync(string tenantId, string questionId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Partition(tenantId), TableKeys.Encode(questionId), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } e ? FromEntity(e) : null;
    }

    /// <summary>
    /// Applies <paramref name="change"/> (pure: it may run several times) to the current question and writes it on the
    /// ETag; null from the change means "nothing to do". Changed is true only for the call whose write won.
    /// </summary>
    public async Task<QuestionUpdate?> UpdateAsync(string tenantId, string questionId, Func<RoutedQuestion, RoutedQuestion?> change, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            if (await GetAsync(tenantId, questionId, cancellationToken) is not { } current)
            {
                return null;
            }

            if (change(current) is not { } changed)
            {
                return new QuestionUpdate(current, false);
            }

            try
            {
                var response = await table.UpdateEntityAsync(ToEntity(changed), current.ETag, TableUpdateMode.Replace, cancellationToken);
                return new QuestionUpdate(changed with { ETag = response.Headers.ETag ?? default }, true);
            }
            catch (RequestFailedException ex) when (ex.Status is 412 && attempt < MaxConcurrencyRetries)
            {
                // Someone else changed the question meanwhile (another expert accepted, a timer fired): decide again.
            }
            catch (RequestFailedException ex) when (ex.Status is 404)
            {
                return null;
            }
        }
    }

    public async Task<IReadOnlyList<RoutedQuestion>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new List<RoutedQuestion>();
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Partition(tenantId), cancellationToken: cancellationToken))
        {
            result.Add(FromEntity(e));
        }

        return result;
    }

    public async Task DeleteAsync(string tenantId, string questionId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.DeleteEntityAsync(TableKeys.Partition(tenantId), TableKeys.Encode(questionId), ETag.All, cancellationToken);
    }

    public async Task ScheduleAsync(DueTimer timer, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(DueTableName, cancellationToken);
        try
        {
            await table.UpsertEntityAsync(new TableEntity(TableKeys.Partition(timer.TenantId), DueRow(timer))
            {
                ["TenantId"] = timer.TenantId,
                ["QuestionId"] = timer.QuestionId,
                ["Kind"] = timer.Kind.ToString(),
                ["At"] = timer.At,
            }, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Two experts accepting at the same moment write the very same timer: it exists, which is all that matters.
        }
    }

    /// <summary>Every timer of every tenant that is due at <paramref name="now"/>, earliest first within a tenant.</summary>
    public async Task<IReadOnlyList<DueTimer>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(DueTableName, cancellationToken);
        var upTo = now.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture) + "|~";
        var result = new List<DueTimer>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey le {upTo}"), cancellationToken: cancellationToken))
        {
            if (Enum.TryParse<DueKind>(e.GetString("Kind"), out var kind))
            {
                result.Add(new DueTimer(e.GetString("TenantId"), e.GetString("QuestionId"), kind, e.GetDateTimeOffset("At") ?? now));
            }

            if (result.Count >= max)
            {
                break;
            }
        }

        return result;
    }

    public async Task CompleteAsync(DueTimer timer, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(DueTableName, cancellationToken);
        await table.DeleteEntityAsync(TableKeys.Partition(timer.TenantId), DueRow(timer), ETag.All, cancellationToken);
    }

    /// <summary>Deletes a question's timers (the question was erased).</summary>
    public async Task DeleteTimersAsync(string tenantId, string questionId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(DueTableName, cancellationToken);
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Partition(tenantId), cancellationToken: cancellationToken))
        {
            if (e.GetString("QuestionId") == questionId)
            {
                await table.DeleteEntityAsync(e.PartitionKey, e.RowKey, ETag.All, cancellationToken);
            }
        }
    }

    private static string DueRow(DueTimer timer) =>
        $"{timer.At.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}|{TableKeys.Encode(timer.QuestionId)}|{timer.Kind}";

    private static TableEntity ToEntity(RoutedQuestion q) => new(TableKeys.Partition(q.TenantId), TableKeys.Encode(q.Id))
    {
        ["TenantId"] = q.TenantId,
        ["QuestionId"] = q.Id,
        ["AskerId"] = q.AskerId,
        ["AskerName"] = q.AskerName,
        ["AskerUpn"] = q.AskerUpn,
        ["AskerLanguage"] = q.AskerLanguage == Language.French ? "fr" : "en",
        ["ServiceUrl"] = q.ServiceUrl,
        ["BotId"] = q.BotId,
        ["AskerUserId"] = q.AskerUserId,
        ["AskerConversationId"] = q.AskerConversationId,
        ["Topic"] = q.Topic,
        ["TopicKey"] = q.TopicKey,
        ["Question"] = q.Question,
        ["CreatedAt"] = q.CreatedAt,
        ["State"] = q.State.ToString(),
        ["Candidates"] = JsonSerializer.Serialize(q.Candidates, Json),
        ["Asks"] = JsonSerializer.Serialize(q.Asks, Json),
        ["AcceptedBy"] = q.AcceptedBy,
        ["AcceptedAt"] = q.AcceptedAt,
        ["Thanks"] = q.Thanks.ToString(),
    };

    private static RoutedQuestion FromEntity(TableEntity e) => new()
    {
        TenantId = e.GetString("TenantId"),
        Id = e.GetString("QuestionId"),
        AskerId = e.GetString("AskerId"),
        AskerName = e.GetString("AskerName"),
        AskerUpn = e.GetString("AskerUpn"),
        AskerLanguage = e.GetString("AskerLanguage") == "fr" ? Language.French : Language.English,
        ServiceUrl = e.GetString("ServiceUrl"),
        BotId = e.GetString("BotId"),
        AskerUserId = e.GetString("AskerUserId"),
        AskerConversationId = e.GetString("AskerConversationId"),
        Topic = e.GetString("Topic"),
        TopicKey = e.GetString("TopicKey"),
        Question = e.GetString("Question"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        State = Enum.TryParse<QuestionState>(e.GetString("State"), out var state) ? state : QuestionState.Open,
        Candidates = JsonSerializer.Deserialize<RoutedCandidate[]>(e.GetString("Candidates") ?? "[]", Json) ?? [],
        Asks = JsonSerializer.Deserialize<RoutedAsk[]>(e.GetString("Asks") ?? "[]", Json) ?? [],
        AcceptedBy = e.GetString("AcceptedBy"),
        AcceptedAt = e.GetDateTimeOffset("AcceptedAt"),
        Thanks = Enum.TryParse<ThanksState>(e.GetString("Thanks"), out var thanks) ? thanks : ThanksState.None,
        ETag = e.ETag,
    };
}

/// <summary>The question after an update, and whether this call's change is the one written.</summary>
internal sealed record QuestionUpdate(RoutedQuestion Question, bool Changed);
