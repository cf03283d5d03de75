namespace ExpertBot.Demo;

/// <summary>One planted fact about a person: their role (see <see cref="PlantedRoles"/>), on a topic's canonical name when it has one.</summary>
internal sealed record PlantedRole(string PersonId, string Role, string? Topic);
