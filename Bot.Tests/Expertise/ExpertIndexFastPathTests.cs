using ExpertBot.Cli;
using ExpertBot.Conversation;
using ExpertBot.Demo;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Expertise;

/// <summary>The fast query path (several-word forms walked from their rarest word) ranks exactly as scoring every posting does.</summary>
public sealed class ExpertIndexFastPathTests
{
    [Fact]
    public async Task The_fast_path_returns_exactly_the_exhaustive_results_on_the_demo_organisation()
    {
        var directory = Repository.PathOf("demo", "org");
        var index = ExpertIndex.Build(await SnapshotReader.ReadAsync(directory));
        var queries = await QueryFile.ReadAsync(Path.Combine(directory, "queries.jsonl"));

        AssertSameResults(index, queries.Select(q => q.Text));
    }

    [Fact]
    public void The_fast_path_returns_exactly_the_exhaustive_results_on_a_generated_organisation()
    {
        var generated = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 1_500, Seed = 7 });
        var index = ExpertIndex.Build(generated.Organisation);

        AssertSameResults(index, generated.Queries.Select(q => q.Text).Append("data pipelines and continuous delivery"));
    }

    private static void AssertSameResults(ExpertIndex index, IEnumerable<string> questions)
    {
        var compared = 0;
        foreach (var question in questions)
        {
            foreach (var top in (int[])[5, 10, 50])
            {
                var query = new ExpertQuery(QuestionParser.TopicOf(question), index.LatestTimestamp, top);
                var fast = index.Search(query, exhaustive: false);
                var exhaustive = index.Search(query, exhaustive: true);

                Assert.Equal(exhaustive.Select(m => (m.Person.Id, m.Score)), fast.Select(m => (m.Person.Id, m.Score)));
                Assert.Equal(
                    exhaustive.SelectMany(m => m.Evidence.Select(e => (e.Item.Id, e.Score))),
                    fast.SelectMany(m => m.Evidence.Select(e => (e.Item.Id, e.Score))));
                compared += fast.Count;
            }
        }

        Assert.True(compared > 0);
    }
}
