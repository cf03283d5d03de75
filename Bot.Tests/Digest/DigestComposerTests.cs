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
    [InlineData("Labour law", "Droit du travail")]
    [InlineData("labour law", "Droit du travail")]
    [InlineData("k8s", "Kubernetes")]
    [InlineData("Apprentissage automatique", "Apprentissage automatique")]
    [InlineData("Quantum basket weaving", "Quantum basket weaving")]
    public void A_known_topic_is_named_in_French_for_a_French_reader_and_an_unknown_one_as_the_organisation_writes_it(string topic, string french)
    {
        Assert.Equal(french, DigestComposer.TopicName(topic, Language.French));
    }

    [Fact]
    public void A_topic_written_in_French_by_the_organisation_is_named_in_English_for_an_English_reader()
    {
        Assert.Equal("Employment law", DigestComposer.TopicName("droit du travail", Language.English));
        Assert.Equal("Machine learning", DigestComposer.TopicName("apprentissage automatique", Language.English));
    }

    [Fact]
    public void The_demo_organisations_digest_names_its_topics_in_each_readers_language()
    {
        var generated = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 300, Seed = 42, AsOf = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero) });
        var topics = VocabularyTopicCatalogue.Build(generated.Organisation);
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
            if (TopicLexicon.Curated.Entry(TopicLexicon.Curated.Normalise(en)) is { } known)
            {
                Assert.Equal(known.French, fr);
                Assert.Equal(known.English, en);
            }
        }

        // The reason line names the topic as the card does.
        Assert.All(french.Topics, t => Assert.All(t.Risers, r => Assert.Contains(t.Topic, r.Reason, StringComparison.Ordinal)));
    }
}
