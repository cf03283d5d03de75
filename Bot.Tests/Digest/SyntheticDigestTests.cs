using ExpertBot.Demo;
using ExpertBot.Digest;
using ExpertBot.Expertise;

namespace ExpertBot.Tests.Digest;

/// <summary>
/// The digest measured on the generated organisation with planted risers and decoys (the measurement in
/// docs/digest.md). A detected topic is scored against the generator's topic whose names it uses.
/// </summary>
public sealed class SyntheticDigestTests
{
    private static readonly DateOnly Week = new(2026, 11, 20);

    [Theory]
    [InlineData(2000, 7)]
    [InlineData(3000, 11)]
    public void Most_planted_risers_are_found_and_few_others(int people, int seed)
    {
        var (truth, found, roles) = Run(people, seed);

        var hits = found.Intersect(truth).Count();
        var recall = (double)hits / truth.Count;
        var precision = found.Count == 0 ? 0 : (double)hits / found.Count;
        // This generator plants risers with 3 to 6 items over three weeks; about half have 3 or 4, and work that light
        // is not a clear rise (OrgSim's risers, written without looking at the detector, have 10 to 16: README).
        Assert.True(recall >= 0.45, $"recall {recall:P0} ({hits} of {truth.Count} planted risers)");
        Assert.True(precision >= 0.85, $"precision {precision:P0} ({hits} of {found.Count} featured)");

        // The decoys in particular: a viral post, a recent ring, a steady expert, freshly claimed skills.
        string[] decoys = [PlantedRoles.DecoyViral, PlantedRoles.DecoyRing, PlantedRoles.DecoySteady, PlantedRoles.DecoyNewSkills, PlantedRoles.PrivateOnly];
        var featured = found.Select(f => f.Person).ToHashSet();
        Assert.DoesNotContain(roles.Where(r => decoys.Contains(r.Role)), r => featured.Contains(r.PersonId));
    }

    [Fact]
    public void The_demo_organisation_features_its_three_planted_risers()
    {
        var (truth, found, _) = Run(300, 42);

        Assert.Equal(3, truth.Count);
        Assert.Equal(truth.Order(), found.Order());
    }

    /// <summary>
    /// A riser the digest features is found by asking the bot about the featured topic, in either language: every one
    /// on the demo organisation, most on a larger one (measured: 14 of 24 there, 12 before search read the topic model;
    /// search ranks a newcomer's few weeks of work below the topic's veterans, and families such as "Cloud architecture"
    /// read as learned work only what is also a member's work: docs/digest.md).
    /// </summary>
    [Theory]
    [InlineData(300, 42, 1.0)]
    [InlineData(2000, 7, 0.55)]
    public void Featured_risers_are_found_by_asking_the_bot_about_their_topic(int people, int seed, double share)
    {
        var generated = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = people, Seed = seed, AsOf = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero) });
        var index = ExpertIndex.Build(generated.Organisation);
        var topics = VocabularyTopicCatalogue.Build(generated.Organisation, index.Lexicon);
        var result = RiserDetector.Detect(generated.Organisation, topics, Week, new HashSet<string>());
        var asOf = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);

        Assert.NotEmpty(result.Topics);
        var asked = 0;
        var missed = new List<string>();
        foreach (var topic in result.Topics)
        {
            foreach (var language in new[] { Localization.Language.English, Localization.Language.French })
            {
                var name = topics.Topics[topic.TopicId].NameIn(language);
                var answer = index.Search(new ExpertQuery(name, asOf, FindableWithin)).Select(m => m.Person.Id).ToArray();
                asked += topic.Risers.Count;
                missed.AddRange(topic.Risers.Where(r => !answer.Contains(r.Person.Id)).Select(r => $"{r.Person.DisplayName} on {name}"));
            }
        }

        Assert.True(asked - missed.Count >= share * asked, $"{missed.Count} of {asked} not in search's top {FindableWithin} for their featured topic: {string.Join("; ", missed)}");
    }

    // Within the first two answers of ten ("more" once): a newcomer's few months of work rank below the topic's veterans.
    private const int FindableWithin = 20;

    private static (HashSet<(string Person, string Topic)> Truth, HashSet<(string Person, string Topic)> Found, IReadOnlyList<PlantedRole> Roles) Run(int people, int seed)
    {
        var generated = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = people, Seed = seed, AsOf = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero) });
        var topics = VocabularyTopicCatalogue.Build(generated.Organisation, ExpertIndex.Build(generated.Organisation).Lexicon);
        var result = RiserDetector.Detect(generated.Organisation, topics, Week, new HashSet<string>());
        var truth = generated.Risers.Select(r => (r.PersonId, r.Topic)).ToHashSet();
        var found = result.Topics
            .SelectMany(t => t.Risers.Select(r => (r.Person.Id, Canonical(topics.Topics[t.TopicId]))))
            .ToHashSet();
        return (truth, found, generated.Roles);
    }

    /// <summary>The generator's topic most of the digest topic's phrases name ("k8s", "Kubernetes" → Kubernetes).</summary>
    private static string Canonical(CatalogueTopic topic) =>
        topic.Phrases
            .Select(p => TopicCatalogue.All.FirstOrDefault(t => t.SurfaceForms.Any(f => TopicLexicon.Curated.Normalise(f) == TopicLexicon.Curated.Normalise(p)))?.Name)
            .OfType<string>()
            .GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key)
            .FirstOrDefault() ?? "(" + topic.Name + ")";
}
