using ExpertBot.Cards;
using ExpertBot.Demo;
using ExpertBot.Digest;
using ExpertBot.Expertise;
using ExpertBot.Localization;

namespace ExpertBot.Tests.Digest;

/// <summary>What one subscriber's digest card says, in their language.</summary>
public sealed class DigestComposerTests
{
    private static readonly DateOnly Week = new(2026, 11, 20);

    [Theory]
    [InlineData("Labour law", "Employment law", "Droit du travail")]
    [InlineData("droit du travail", "Employment law", "Droit du travail")]
    [InlineData("k8s", "Kubernetes", "Kubernetes")]
    [InlineData("apprentissage automatique", "Machine learning", "Apprentissage automatique")]
    [InlineData("Quantum basket weaving", "Quantum basket weaving", "Quantum basket weaving")]
    public void A_topic_search_knows_is_named_in_each_readers_language_and_another_as_the_organisation_writes_it(string written, string english, string french)
    {
        var org = new DigestExamples();
        foreach (var id in new[] { "ana", "ben", "cy" })
        {
            org.Person(id, null, written).Item(id, 3, topic: written);
        }

        var topics = VocabularyTopicCatalogue.Build(org.Organisation, TopicLexicon.Curated);
        var topic = topics.Topics[Assert.IsType<int>(topics.Resolve(written))];

        Assert.Equal((english, french), (topic.NameIn(Language.English), topic.NameIn(Language.French)));
    }

    [Fact]
    public void The_demo_organisations_digest_names_its_topics_in_each_readers_language()
    {
        var generated = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 300, Seed = 42, AsOf = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero) });
        var topics = VocabularyTopicCatalogue.Build(generated.Organisation, ExpertIndex.Build(generated.Organisation).Lexicon);
        var result = RiserDetector.Detect(generated.Organisation, topics, Week, new HashSet<string>());
        var affinity = TopicAffinity.Build(generated.Organisation, topics);
        DigestCardModel? Card(string language) => DigestComposer.Compose(
            result, topics, affinity,
            new Subscription("tenant", "conversation:c", null, [], language, "https://smba.trafficmanager.net/emea/", "bot", "c", "channel", null),
            new Dictionary<int, Uri>(), topicsPerDigest: 10);

        var french = Card("fr");
        var english = Card("en");

        Assert.NotNull(french);
        Assert.NotNull(english);
        var pairs = french.Topics.Zip(english.Topics, (f, e) => (French: f.Topic, English: e.Topic)).ToArray();
        Assert.NotEmpty(pairs);
        Assert.Contains(pairs, p => p.French != p.English);
        foreach (var (fr, en) in pairs)
        {
            if (TopicLexicon.Curated.Entry(TopicLexicon.Curated.Normalise(en)) is { } known && known.English == en)
            {
                Assert.Equal(known.French, fr);
                Assert.Equal(known.English, en);
            }
        }

        // The reason line names the topic as the card does.
        Assert.All(french.Topics, t => Assert.All(t.Risers, r => Assert.Contains(t.Topic, r.Reason, StringComparison.Ordinal)));
    }
}
