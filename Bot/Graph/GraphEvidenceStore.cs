using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ExpertBot.Expertise;
using ExpertBot.Privacy;
using ExpertBot.Storage;

namespace ExpertBot.Graph;

/// <summary>
/// Synced evidence in Table Storage, shared by every instance: table Evidence, partition tenant|person, one row
/// "profile" for the person and one row per evidence item. A person's partition is everything stored about them,
/// so "forget me" deletes one partition, and a tenant is one key range, read in a single scan to rebuild an index.
/// </summary>
internal sealed class GraphEvidenceStore(TableClients tables) : IPersonDataEraser
{
    public const string TableName = "Evidence";
    private const string ProfileRow = "profile";
    private const int MaxTextLength = 8000;

    public async Task<(IReadOnlyList<Person> People, IReadOnlyList<EvidenceItem> Items)> LoadAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var tenant = TableKeys.Encode(tenantId);
        // Partitions "tenant|person": '}' follows '|', so this range is exactly the tenant's partitions.
        var filter = TableClient.CreateQueryFilter($"PartitionKey gt {tenant + "|"} and PartitionKey lt {tenant + "}"}");
        var people = new List<Person>();
        var items = new List<EvidenceItem>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (e.RowKey == ProfileRow)
            {
                people.Add(ToPerson(e));
            }
            else
            {
                items.Add(ToItem(e));
            }
        }

        return (people, items);
    }

    public async Task SavePeopleAsync(string tenantId, IEnumerable<Person> people, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (p, ct) =>
            await table.UpsertEntityAsync(ToEntity(tenantId, p), TableUpdateMode.Replace, ct));
    }

    public async Task SaveItemsAsync(string tenantId, IEnumerable<EvidenceItem> items, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var actions = items.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(tenantId, i)));
        await SubmitAsync(table, actions, cancellationToken);
    }

    public async Task DeleteItemsAsync(string tenantId, IEnumerable<EvidenceItem> items, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, ct) =>
            await table.DeleteEntityAsync(TableKeys.Partition(tenantId, i.PersonId), TableKeys.Encode(i.Id), ETag.All, ct));
    }

    /// <summary>Deletes the person's profile and every evidence item of theirs; returns how many rows.</summary>
    public async Task<int> EraseAsync(string tenantId, string personId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Partition(tenantId, personId);
        var actions = new List<TableTransactionAction>();
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All));
        }

        await SubmitAsync(table, actions, cancellationToken);
        return actions.Count;
    }

    private static async Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        // A transaction holds at most 100 operations on one partition.
        var batches = actions.GroupBy(a => a.Entity.PartitionKey).SelectMany(g => g.Chunk(100));
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (batch, ct) =>
        {
            try
            {
                await table.SubmitTransactionAsync(batch, ct);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404)
            {
                // Deleting what is already gone: do the rest one by one.
                foreach (var a in batch)
                {
                    await table.DeleteEntityAsync(a.Entity.PartitionKey, a.Entity.RowKey, ETag.All, ct);
                }
            }
        });
    }

    private static TableEntity ToEntity(string tenantId, Person p) => new(TableKeys.Partition(tenantId, p.Id), ProfileRow)
    {
        ["PersonId"] = p.Id,
        ["DisplayName"] = p.DisplayName,
        ["Mail"] = p.Mail,
        ["UserPrincipalName"] = p.UserPrincipalName,
        ["JobTitle"] = p.JobTitle,
        ["Department"] = p.Department,
        ["OfficeLocation"] = p.OfficeLocation,
        ["PreferredLanguage"] = p.PreferredLanguage,
        ["AboutMe"] = Truncate(p.AboutMe),
        ["Skills"] = JsonSerializer.Serialize(p.Skills),
        ["Interests"] = JsonSerializer.Serialize(p.Interests),
        ["Responsibilities"] = JsonSerializer.Serialize(p.Responsibilities),
        ["PastProjects"] = JsonSerializer.Serialize(p.PastProjects),
        ["Schools"] = JsonSerializer.Serialize(p.Schools),
        ["InactiveSince"] = p.InactiveSince,
    };

    private static Person ToPerson(TableEntity e) => new()
    {
        Id = e.GetString("PersonId"),
        DisplayName = e.GetString("DisplayName") ?? string.Empty,
        Mail = e.GetString("Mail"),
        UserPrincipalName = e.GetString("UserPrincipalName"),
        JobTitle = e.GetString("JobTitle"),
        Department = e.GetString("Department"),
        OfficeLocation = e.GetString("OfficeLocation"),
        PreferredLanguage = e.GetString("PreferredLanguage"),
        AboutMe = e.GetString("AboutMe"),
        Skills = List(e, "Skills"),
        Interests = List(e, "Interests"),
        Responsibilities = List(e, "Responsibilities"),
        PastProjects = List(e, "PastProjects"),
        Schools = List(e, "Schools"),
        InactiveSince = e.GetDateTimeOffset("InactiveSince"),
    };

    private static TableEntity ToEntity(string tenantId, EvidenceItem i) => new(TableKeys.Partition(tenantId, i.PersonId), TableKeys.Encode(i.Id))
    {
        ["Id"] = i.Id,
        ["PersonId"] = i.PersonId,
        ["At"] = i.Timestamp,
        ["Kind"] = i.Kind,
        ["Title"] = Truncate(i.Title),
        ["Text"] = Truncate(i.Text),
        ["Url"] = i.Url,
        ["Private"] = i.Visibility == Visibility.Private,
        ["Source"] = i.Source,
    };

    private static EvidenceItem ToItem(TableEntity e) => new()
    {
        Id = e.GetString("Id"),
        PersonId = e.GetString("PersonId"),
        Timestamp = e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        Kind = e.GetString("Kind") ?? EvidenceKinds.Document,
        Title = e.GetString("Title"),
        Text = e.GetString("Text"),
        Url = e.GetString("Url"),
        Visibility = e.GetBoolean("Private") == true ? Visibility.Private : Visibility.Organization,
        Source = e.GetString("Source"),
    };

    private static string[] List(TableEntity e, string name) =>
        e.GetString(name) is { Length: > 0 } json ? JsonSerializer.Deserialize<string[]>(json) ?? [] : [];

    // A Table Storage string property holds at most 32K characters.
    private static string? Truncate(string? text) => text is { Length: > MaxTextLength } ? text[..MaxTextLength] : text;
}
