using ExpertBot.Conversation;
using ExpertBot.Demo;
using ExpertBot.Evaluation;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Expertise;

/// <summary>
/// The fast query path (a known topic's precomputed list, several-word forms walked from their rarest word,
/// people skipped when their bound cannot reach the answer) ranks exactly as scoring every posting and adding
/// up every person does.
/// </summary>
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

    [Fact]
    public void Every_known_topics_precomputed_list_adds_exactly_what_walking_its_forms_adds()
    {
        var generated = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 1_500, Seed = 7 });
        var index = ExpertIndex.Build(generated.Organisation);
        var checkedTopics = 0;
        foreach (var field in (InvertedField[])[index.Evidence.ItemField, index.Evidence.DeclaredField])
        {
            var lists = ConceptLists.Build(field, index.Lexicon, field.DocumentCount);
            var read = new ConceptScorer(field.DocumentCount);
            var walked = new ConceptScorer(field.DocumentCount);
            foreach (var key in index.Lexicon.Topics.Select(t => t.Key).Distinct(StringComparer.Ordinal))
            {
                var concepts = new[] { index.Lexicon.ConceptOf(key)! };
                Assert.True(lists.TryGet(concepts[0], out _, out _));
                Assert.Equal(walked.Score(field, concepts), read.Score(field, concepts, lists));
                walked.SortTouched();
                read.SortTouched();
                Assert.Equal(walked.Touched.Take(walked.TouchedCount), read.Touched.Take(read.TouchedCount));
                Assert.Equal(
                    walked.Touched.Take(walked.TouchedCount).Select(d => walked.Total[d]),
                    read.Touched.Take(read.TouchedCount).Select(d => read.Total[d]));
                checkedTopics += read.TouchedCount > 0 ? 1 : 0;
                read.Clear();
                walked.Clear();
            }
        }

        Assert.True(checkedTopics > 0);
    }

    // With the activity prior as the organisation's answered questions decide (none here: off), and applied as set.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_fast_path_returns_exactly_the_exhaustive_results_when_asked_after_the_newest_item(bool calibrated)
    {
        var generated = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 1_500, Seed = 7 });
        var index = ExpertIndex.Build(generated.Organisation, ExpertiseSettings.Default with { CalibrateActivityPrior = calibrated });

        AssertSameResults(index, generated.Queries.Select(q => q.Text), index.LatestTimestamp.AddDays(30));
    }

    // Without a prior the bounds hold before the newest item too; with one every person is added up exactly.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_fast_path_returns_exactly_the_exhaustive_results_when_asked_before_the_newest_item(bool calibrated)
    {
        var generated = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 1_500, Seed = 7 });
        var index = ExpertIndex.Build(generated.Organisation, ExpertiseSettings.Default with { CalibrateActivityPrior = calibrated });

        AssertSameResults(index, generated.Queries.Select(q => q.Text).Take(60), index.LatestTimestamp.AddDays(-200));
    }

    [Fact]
    public void The_fast_path_returns_exactly_the_exhaustive_results_for_questions_of_several_topics()
    {
        // Who shows each topic comes first: the bounds on how evenly a person's work shows them must let the
        // fast path skip only people who could not reach the answer.
        var generated = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 1_500, Seed = 7 });
        var index = ExpertIndex.Build(generated.Organisation);
        var topics = generated.Queries.Select(q => QuestionParser.TopicOf(q.Text)).Distinct(StringComparer.Ordinal).Take(24).ToArray();
        var questions = topics.Zip(topics.Skip(1), (a, b) => $"{a} and {b}").ToArray();

        Assert.True(questions.Count(q => QueryTopics.Concepts(q, index.Lexicon, useLexicon: true).Any(c => c.Segment > 0)) >= 10);
        AssertSameResults(index, questions);
    }

    [Fact]
    public void The_fast_path_returns_exactly_the_exhaustive_results_when_the_best_people_are_hidden()
    {
        // People who hid themselves are left out before the cut-off: the ones who take their places must be the
        // same whether or not the fast path skipped adding up people it could tell would not reach the answer.
        var generated = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 1_500, Seed = 7 });
        var index = ExpertIndex.Build(generated.Organisation);
        var compared = 0;
        foreach (var question in generated.Queries.Select(q => q.Text).Take(80))
        {
            var topic = QuestionParser.TopicOf(question);
            var hidden = index.Search(new ExpertQuery(topic, index.LatestTimestamp, 4)).Select(m => m.Person.Id).ToHashSet(StringComparer.Ordinal);
            var query = new ExpertQuery(topic, index.LatestTimestamp.AddDays(3), 5, Excluded: hidden);

            var fast = index.Search(query, exhaustive: false);
            var exhaustive = index.Search(query, exhaustive: true);

            Assert.DoesNotContain(fast, m => hidden.Contains(m.Person.Id));
            Assert.Equal(exhaustive.Select(m => (m.Person.Id, m.Score, m.Parts)), fast.Select(m => (m.Person.Id, m.Score, m.Parts)));
            compared += fast.Count;
        }

        Assert.True(compared > 0);
    }

    private static void AssertSameResults(ExpertIndex index, IEnumerable<string> questions, DateTimeOffset? asOf = null)
    {
        var compared = 0;
        foreach (var question in questions)
        {
            foreach (var top in (int[])[1, 5, 10, 50])
            {
                var query = new ExpertQuery(QuestionParser.TopicOf(question), asOf ?? index.LatestTimestamp, top);
                var fast = index.Search(query, exhaustive: false);
                var exhaustive = index.Search(query, exhaustive: true);

                Assert.Equal(exhaustive.Select(m => (m.Person.Id, m.Score, m.Parts, m.Vouched.Count)), fast.Select(m => (m.Person.Id, m.Score, m.Parts, m.Vouched.Count)));
                Assert.Equal(
                    exhaustive.SelectMany(m => m.Evidence.Select(e => (e.Item.Id, e.Score))),
                    fast.SelectMany(m => m.Evidence.Select(e => (e.Item.Id, e.Score))));
                compared += fast.Count;
            }
        }

        Assert.True(compared > 0);
    }
}
