using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.People;

namespace ExpertBot.CompanySim.Planting;

/// <summary>A person's planted role on a topic; <paramref name="Origin"/> is the topic a sibling expert really knows.</summary>
internal sealed record Assignment(SimPerson Person, Topic Topic, string Role, string? Style = null, Topic? Origin = null);
