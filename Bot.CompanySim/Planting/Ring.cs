using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.People;

namespace ExpertBot.CompanySim.Planting;

/// <summary>
/// A clique that endorses itself on a topic. <see cref="Genuine"/> members really work on the topic and were drawn in
/// by colleagues; in a partial ring not every pair endorses each other.
/// </summary>
internal sealed record Ring(int Number, Topic Topic, List<SimPerson> Gamers, List<SimPerson> Genuine, bool Partial)
{
    public IEnumerable<SimPerson> Members => Gamers.Concat(Genuine);

    public string Style => Genuine.Count > 0 ? "partial-ring-with-genuine-colleagues" : Partial ? "partial-ring" : "full-ring";
}
