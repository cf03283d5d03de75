using ExpertBot.Demo;
using ExpertBot.Expertise;

namespace ExpertBot.Tests.Demo;

/// <summary>One generated organisation shared by the property tests, with look-ups they all need.</summary>
public sealed class GeneratedOrganisationFixture
{
    internal static readonly DateTimeOffset AsOf = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    internal SyntheticOrganisationResult Result { get; } =
        SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 1_000, Seed = 7, AsOf = AsOf });

    internal ILookup<string, EvidenceItem> ItemsByPerson => itemsByPerson ??= Result.Organisation.Signals.ToLookup(s => s.PersonId);

    internal ILookup<string, PlantedRole> RolesByName => rolesByName ??= Result.Roles.ToLookup(r => r.Role);

    internal Dictionary<string, Person> People => people ??= Result.Organisation.People.ToDictionary(p => p.Id);

    private ILookup<string, EvidenceItem>? itemsByPerson;
    private ILookup<string, PlantedRole>? rolesByName;
    private Dictionary<string, Person>? people;

    internal IReadOnlyDictionary<string, int> RelevantFor(Topic topic) =>
        Result.Queries.First(q => q.Id.StartsWith(topic.Key + ":", StringComparison.Ordinal)).Relevant;
}
