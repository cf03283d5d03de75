using System.Text.Json;
using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.Cli;
using ExpertBot.Snapshots;

namespace ExpertBot.Tests.CompanySim;

public sealed class CompanySimTests : IDisposable
{
    private static readonly string[] Files =
        ["people.jsonl", "signals.jsonl", "endorsements.jsonl", "queries.jsonl", "roles.jsonl", "catalogue.jsonl", "gaming.jsonl"];

    private static readonly string[] RoleNames = ["expert", "practitioner", "self-promoter", "ring-member", "manager", "sibling-expert"];

    private readonly string root = Directory.CreateTempSubdirectory("companysim-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private async Task<string> GenerateAsync(string name, int seed)
    {
        var directory = Path.Combine(root, name);
        var code = await CompanySimCommand.RunAsync(["--out", directory, "--people", "200", "--seed", $"{seed}"], TextWriter.Null);
        Assert.Equal(0, code);
        return directory;
    }

    [Fact]
    public async Task A_small_organisation_loads_as_a_snapshot_and_its_answer_key_names_real_people()
    {
        var directory = await GenerateAsync("org", 3);

        var organisation = await SnapshotReader.ReadAsync(directory);

        Assert.Equal(200, organisation.People.Count);
        Assert.InRange(organisation.Signals.Count, 200 * 15, 200 * 60);
        Assert.NotEmpty(organisation.Endorsements);
        var ids = organisation.People.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(organisation.Signals, s => Assert.Contains(s.PersonId, ids));
        Assert.All(organisation.Endorsements, e => Assert.Contains(e.EndorseeId, ids));

        var catalogue = TopicCatalogue.Load();
        var queries = Lines(directory, "queries.jsonl");
        Assert.InRange(queries.Count, 300, 600);
        foreach (var q in queries)
        {
            var topic = q.GetProperty("topic").GetString()!;
            Assert.Contains(catalogue.Topics, t => t.English == topic);
            Assert.StartsWith(Slug.Of(topic) + "-", q.GetProperty("id").GetString(), StringComparison.Ordinal);
            var relevant = q.GetProperty("relevant").EnumerateObject().ToList();
            Assert.True(relevant.Count >= 3, $"query {q.GetProperty("id")} has {relevant.Count} relevant people");
            Assert.All(relevant, r => Assert.Contains(r.Name, ids));
            Assert.All(relevant, r => Assert.InRange(r.Value.GetInt32(), 1, 2));
        }

        Assert.All(Lines(directory, "roles.jsonl"), r =>
        {
            Assert.Contains(r.GetProperty("personId").GetString()!, ids);
            Assert.Contains(r.GetProperty("role").GetString()!, RoleNames);
        });
    }

    [Fact]
    public async Task The_same_seed_gives_identical_bytes_and_another_seed_does_not()
    {
        var first = await GenerateAsync("a", 11);
        var second = await GenerateAsync("b", 11);
        var other = await GenerateAsync("c", 12);

        foreach (var file in Files)
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, file)), await File.ReadAllBytesAsync(Path.Combine(second, file)));
        }

        Assert.NotEqual(await File.ReadAllBytesAsync(Path.Combine(first, "people.jsonl")), await File.ReadAllBytesAsync(Path.Combine(other, "people.jsonl")));
    }

    private static List<JsonElement> Lines(string directory, string file) =>
        [.. File.ReadAllLines(Path.Combine(directory, file)).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
}
