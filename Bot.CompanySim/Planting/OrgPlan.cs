using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.People;

namespace ExpertBot.CompanySim.Planting;

/// <summary>Who really knows what, and who only looks as if they did. Lists keep their planting order.</summary>
internal sealed class OrgPlan
{
    private readonly Dictionary<(int Person, string Topic), string> real = [];
    private readonly Dictionary<int, int> realCount = [];

    public List<Assignment> Real { get; } = [];

    public List<Assignment> Managers { get; } = [];

    public List<Assignment> SelfPromoters { get; } = [];

    public List<Ring> Rings { get; } = [];

    public List<Assignment> Siblings { get; } = [];

    public List<Assignment> Askers { get; } = [];

    public void AddReal(SimPerson person, Topic topic, string role)
    {
        real.Add((person.Index, topic.Id), role);
        realCount[person.Index] = RealCount(person) + 1;
        Real.Add(new Assignment(person, topic, role));
    }

    public string? RealRole(SimPerson person, Topic topic) => real.GetValueOrDefault((person.Index, topic.Id));

    public int Grade(SimPerson person, Topic topic) => RealRole(person, topic) switch
    {
        Roles.Expert => 2,
        Roles.Practitioner => 1,
        _ => 0,
    };

    public int RealCount(SimPerson person) => realCount.GetValueOrDefault(person.Index);

    public List<Assignment> RealOn(Topic topic) => [.. Real.Where(a => a.Topic.Id == topic.Id)];
}
