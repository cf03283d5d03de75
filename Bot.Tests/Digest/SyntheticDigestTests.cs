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
        Assert.True(recall >= 0.85, $"recall {recall:P0} ({hits} of {truth.Count} planted risers)");
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
    private static string Canonical(DigestTopic topic) =>
        topic.Phrases
            .Select(p => TopicCatalogue.All.FirstOrDefault(t => t.SurfaceForms.Any(f => TopicLexicon.Curated.Normalise(f) == TopicLexicon.Curated.Normalise(p)))?.Name)
            .OfType<string>()
            .GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key)
            .FirstOrDefault() ?? "(" + topic.Name + ")";
}
