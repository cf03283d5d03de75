using ExpertBot.Expertise;

namespace ExpertBot.Demo;

/// <summary>A generated organisation with the ground truth it was planted with.</summary>
internal sealed record SyntheticOrganisationResult(
    Organisation Organisation,
    IReadOnlyList<BenchmarkQuery> Queries,
    IReadOnlyList<PlantedRole> Roles,
    IReadOnlyList<PlantedRiser> Risers);
