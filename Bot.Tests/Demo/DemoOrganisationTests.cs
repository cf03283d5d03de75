using ExpertBot.Tests.Support;
using System.Text.Json;
using ExpertBot.Demo;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Tests.Demo;

/// <summary>The committed demo organisation in demo/org: what the walking skeleton and the benchmarks run on.</summary>
public sealed class DemoOrganisationTests
{
    private static readonly string DemoDirectory = Repository.PathOf("demo", "org");

    [Fact]
    public async Task The_demo_snapshot_loads_and_is_what_seed_42_generates()
    {
        var organisation = await SnapshotReader.ReadAsync(DemoDirectory);

        var expected = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions
        {
            People = 300,
            Seed = 42,
            PlaygroundPeople = true,
            AsOf = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero),
        }).Organisation;
        Assert.Equal(expected.People.Select(p => p.Id), organisation.People.Select(p => p.Id));
        Assert.Equal(expected.Signals.Count, organisation.Signals.Count);
        Assert.Equal(expected.Endorsements.Count, organisation.Endorsements.Count);
    }

    [Fact]
    public async Task The_readme_regeneration_command_reproduces_the_demo_byte_for_byte()
    {
        var directory = Directory.CreateTempSubdirectory("demo-org-").FullName;
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = await ToolCommands.RunAsync(["generate", "--out", directory, "--playground-people"], stdout, stderr);

            Assert.True(code == 0, stderr.ToString());
            var committed = Directory.GetFiles(DemoDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(committed, Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var file in committed)
            {
                var expected = await File.ReadAllBytesAsync(Path.Combine(DemoDirectory, file!));
                var actual = await File.ReadAllBytesAsync(Path.Combine(directory, file!));
                Assert.True(expected.AsSpan().SequenceEqual(actual), $"{file} differs from what the generator writes");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_demo_has_clear_kubernetes_experts_and_french_writing_labour_law_experts()
    {
        var organisation = await SnapshotReader.ReadAsync(DemoDirectory);
        var people = organisation.People.ToDictionary(p => p.Id);
        var queries = await ReadQueriesAsync();

        Assert.All(queries.Where(q => q.Id.EndsWith(":canonical:1", StringComparison.Ordinal)), q => Assert.True(q.Relevant.Count(r => r.Value == 2) >= 2, q.Id));
        var kubernetes = queries.Single(q => q.Id == "kubernetes:canonical:1").Relevant;
        Assert.True(kubernetes.Count(r => r.Value == 2) >= 3);

        var labourLaw = queries.Single(q => q.Id == "labour-law:canonical:1").Relevant;
        var frenchExperts = labourLaw.Where(r => r.Value == 2 && people[r.Key].PreferredLanguage == "fr-FR").Select(r => r.Key).ToArray();
        Assert.True(frenchExperts.Length >= 3);
        Assert.All(frenchExperts, id => Assert.Contains(organisation.Signals,
            s => s.PersonId == id && s.Visibility == Visibility.Organization && (s.Text ?? "").Contains("droit", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Every_person_in_the_demo_ground_truth_exists()
    {
        var ids = (await SnapshotReader.ReadAsync(DemoDirectory)).People.Select(p => p.Id).ToHashSet();
        var queries = await ReadQueriesAsync();
        Assert.NotEmpty(queries);
        Assert.All(queries, q => Assert.All(q.Relevant.Keys, id => Assert.Contains(id, ids)));

        foreach (var file in new[] { SyntheticOrganisationFiles.RolesFile, SyntheticOrganisationFiles.RisersFile })
        {
            var lines = await File.ReadAllLinesAsync(Path.Combine(DemoDirectory, file));
            Assert.True(lines.Length >= 3, $"{file} has {lines.Length} lines");
            Assert.All(lines, line => Assert.Contains(JsonDocument.Parse(line).RootElement.GetProperty("personId").GetString()!, ids));
        }
    }

    private static async Task<List<(string Id, Dictionary<string, int> Relevant)>> ReadQueriesAsync()
    {
        var result = new List<(string, Dictionary<string, int>)>();
        foreach (var line in await File.ReadAllLinesAsync(Path.Combine(DemoDirectory, SyntheticOrganisationFiles.QueriesFile)))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            result.Add((root.GetProperty("id").GetString()!,
                root.GetProperty("relevant").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32())));
        }

        return result;
    }
}
