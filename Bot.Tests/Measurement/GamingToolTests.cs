using System.Reflection;
using System.Text.Json;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Tests.Measurement;

/// <summary>
/// Bot.Gaming plants gaming into an OrgSim organisation for measurements (README): run through its entry point on an
/// organisation OrgSim writes, it must leave every input line as it was, be the same for the same seed, name only
/// people who exist, and write a snapshot the bot loads and ranks.
/// </summary>
public sealed class GamingToolTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "expertbot-gaming-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_gamed_copy_keeps_the_organisation_appends_gaming_is_repeatable_and_loads()
    {
        var organisation = Path.Combine(root, "org");
        Assert.Equal(0, Run("Bot.OrgSim", "--out", organisation, "--people", "300", "--seed", "5"));
        var (first, second) = (Path.Combine(root, "gamed-1"), Path.Combine(root, "gamed-2"));
        Assert.Equal(0, Run("Bot.Gaming", "--in", organisation, "--out", first, "--topics", "6", "--seed", "3"));
        Assert.Equal(0, Run("Bot.Gaming", "--in", organisation, "--out", second, "--topics", "6", "--seed", "3"));

        // The same seed writes the same bytes.
        foreach (var file in Directory.GetFiles(first).Select(Path.GetFileName))
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, file!)), await File.ReadAllBytesAsync(Path.Combine(second, file!)));
        }

        // Signals, endorsements and roles keep every input line, in order, and only add after them.
        foreach (var file in (string[])["signals.jsonl", "endorsements.jsonl", "roles.jsonl"])
        {
            var before = await File.ReadAllLinesAsync(Path.Combine(organisation, file));
            var after = await File.ReadAllLinesAsync(Path.Combine(first, file));
            Assert.True(after.Length > before.Length, file);
            Assert.Equal(before, after[..before.Length]);
        }

        // Every gamer exists, and is a ring member or a self-promoter on a topic of the catalogue.
        var people = (await File.ReadAllLinesAsync(Path.Combine(first, "people.jsonl"))).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToHashSet();
        var topics = (await File.ReadAllLinesAsync(Path.Combine(first, "catalogue.jsonl"))).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("english").GetString()).ToHashSet();
        var added = (await File.ReadAllLinesAsync(Path.Combine(first, "roles.jsonl"))).Skip((await File.ReadAllLinesAsync(Path.Combine(organisation, "roles.jsonl"))).Length)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, r =>
        {
            Assert.Contains(r.GetProperty("personId").GetString(), people);
            Assert.Contains(r.GetProperty("role").GetString(), new[] { "ring-member", "self-promoter" });
            Assert.Contains(r.GetProperty("topic").GetString(), topics);
        });

        // The copy is a snapshot the bot reads whole and answers from.
        var read = await SnapshotReader.ReadAsync(first);
        Assert.Equal((await File.ReadAllLinesAsync(Path.Combine(first, "signals.jsonl"))).Length, read.Signals.Count);
        var index = ExpertIndex.Build(read);
        Assert.NotEmpty(index.Search(new ExpertQuery(added[0].GetProperty("topic").GetString()!, index.LatestTimestamp, 10)));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // The tool's own entry point with its command line, as "dotnet run --project <tool> -- args" runs it.
    private static int Run(string assembly, params string[] args)
    {
        var result = Assembly.Load(assembly).EntryPoint!.Invoke(null, [args]);
        return result is int code ? code : 0;
    }
}
