using System.Reflection;
using System.Text.Json;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Tests.Measurement;

/// <summary>
/// Bot.OrgSim writes the organisations the ranking is measured on (README, docs/ranking.md). Issue #11 asks that it
/// not copy the engine's knowledge: its catalogue must mostly be topics the curated lexicon does not know. Run through
/// its entry point, as "dotnet run --project Bot.OrgSim" runs it.
/// </summary>
public sealed class OrgSimToolTests : IDisposable
{
    private static readonly string[] Groups = ["canonical", "alias", "french", "english-sentence", "french-sentence", "typo", "two-topics", "specific"];
    private static readonly string[] PlantedRoles = ["expert", "self-promoter", "ring-member", "manager", "sibling-expert"];

    private readonly string root = Path.Combine(Path.GetTempPath(), "expertbot-orgsim-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_organisation_is_repeatable_by_seed_mostly_unknown_to_the_lexicon_and_judged_by_its_answer_key()
    {
        var (first, again, other) = (Path.Combine(root, "a"), Path.Combine(root, "b"), Path.Combine(root, "c"));
        Assert.Equal(0, Run("--out", first, "--people", "300", "--seed", "11"));
        Assert.Equal(0, Run("--out", again, "--people", "300", "--seed", "11"));
        Assert.Equal(0, Run("--out", other, "--people", "300", "--seed", "12"));

        // The same seed writes the same bytes; another seed another organisation.
        var files = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("catalogue.jsonl", files);
        foreach (var file in files)
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, file!)), await File.ReadAllBytesAsync(Path.Combine(again, file!)));
        }

        Assert.NotEqual(await File.ReadAllBytesAsync(Path.Combine(first, "signals.jsonl")), await File.ReadAllBytesAsync(Path.Combine(other, "signals.jsonl")));

        // At least 40% of its topics are unknown to the curated lexicon by every name: English, French and aliases.
        var catalogue = (await Lines(first, "catalogue.jsonl")).ToArray();
        var unknown = catalogue.Count(topic => Names(topic).All(name => TopicLexicon.Curated.Entry(TopicLexicon.Curated.Normalise(name)) is null));
        Assert.True(unknown >= 0.4 * catalogue.Length, $"{unknown} of {catalogue.Length} topics unknown to the lexicon");
        Assert.True(unknown < catalogue.Length, "every topic is unknown: the in-lexicon half of the measurement would be empty");

        // The answer key: every group of question, about topics of the catalogue, judged by people who exist.
        var people = (await Lines(first, "people.jsonl")).Select(p => p.GetProperty("id").GetString()).ToHashSet();
        var topics = catalogue.Select(t => t.GetProperty("id").GetString()).ToHashSet();
        var queries = (await Lines(first, "queries.jsonl")).ToArray();
        Assert.Equal(Groups.Order(StringComparer.Ordinal), queries.Select(q => q.GetProperty("group").GetString()!).Distinct().Order(StringComparer.Ordinal));
        Assert.All(queries, q =>
        {
            Assert.Contains(q.GetProperty("topic").GetString(), topics);
            Assert.NotEmpty(q.GetProperty("relevant").EnumerateObject());
            Assert.All(q.GetProperty("relevant").EnumerateObject(), r => Assert.Contains(r.Name, people));
        });

        // Impostors are planted for eval --roles to count: promoters, rings, managers and experts on a sibling topic.
        var roles = (await Lines(first, "roles.jsonl")).Select(r => r.GetProperty("role").GetString()).ToHashSet();
        Assert.All(PlantedRoles, role => Assert.Contains(role, roles));

        // A snapshot the bot reads whole and answers from.
        var read = await SnapshotReader.ReadAsync(first);
        Assert.Equal((await File.ReadAllLinesAsync(Path.Combine(first, "signals.jsonl"))).Length, read.Signals.Count);
        Assert.Equal(people.Count, read.People.Count);
        var index = ExpertIndex.Build(read);
        Assert.NotEmpty(index.Search(new ExpertQuery(queries[0].GetProperty("text").GetString()!, index.LatestTimestamp, 10)));
    }

    [Fact]
    public async Task A_curated_topic_is_not_read_as_the_other_curated_topic_its_claimants_work_on()
    {
        // OrgSim seed 35: the people who list "Oracle Database" administer other databases too. Read as a claim
        // (ClaimedTopic), their other database put three sibling products' experts in its top 5.
        var directory = Path.Combine(root, "35");
        Assert.Equal(0, Run("--out", directory, "--people", "3000", "--seed", "35"));
        var catalogue = (await Lines(directory, "catalogue.jsonl")).ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("english").GetString()!);
        var siblings = (await Lines(directory, "roles.jsonl"))
            .Where(r => r.GetProperty("role").GetString() == "sibling-expert" && r.GetProperty("topic").GetString() == "Oracle Database")
            .Select(r => r.GetProperty("personId").GetString()!).ToHashSet();
        var question = (await Lines(directory, "queries.jsonl")).First(q => q.GetProperty("text").GetString() == "Oracle Database");
        Assert.Equal("Oracle Database", catalogue[question.GetProperty("topic").GetString()!]);
        var relevant = question.GetProperty("relevant").EnumerateObject().Select(r => r.Name).ToHashSet();
        Assert.NotEmpty(siblings);

        var index = ExpertIndex.Build(await SnapshotReader.ReadAsync(directory));
        var top = index.Search(new ExpertQuery("Oracle Database", index.LatestTimestamp, 5));

        Assert.Contains(top[0].Person.Id, relevant);
        Assert.DoesNotContain(top, m => siblings.Contains(m.Person.Id) && !relevant.Contains(m.Person.Id));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static IEnumerable<string> Names(JsonElement topic) =>
        [topic.GetProperty("english").GetString()!, topic.GetProperty("french").GetString()!, .. topic.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)];

    private static async Task<IEnumerable<JsonElement>> Lines(string directory, string file) =>
        (await File.ReadAllLinesAsync(Path.Combine(directory, file))).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement);

    // The tool's own entry point with its command line.
    private static int Run(params string[] args)
    {
        var result = Assembly.Load("Bot.OrgSim").EntryPoint!.Invoke(null, [args]);
        return result is int code ? code : 0;
    }
}
