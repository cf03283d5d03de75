using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.People;
using ExpertBot.CompanySim.Planting;
using ExpertBot.CompanySim.Work;

namespace ExpertBot.CompanySim.Endorsements;

/// <summary>
/// Genuine endorsements (colleagues on the same topic or in the same department vouch for most experts and some
/// practitioners; teams sometimes vouch for their manager) plus the gamers' friends and the rings' reciprocal ones.
/// </summary>
internal sealed class EndorsementPlanner(Random random, DateOnly asOf)
{
    private readonly Calendar calendar = new(random, asOf);
    private readonly HashSet<(int, int, string)> seen = [];
    private readonly List<EndorsementRecord> result = [];

    public List<EndorsementRecord> Plan(IReadOnlyList<SimPerson> people, TopicCatalogue catalogue, OrgPlan plan)
    {
        var byField = Departments.All.ToDictionary(d => d.Field, d => people.Where(p => p.Department.Field == d.Field).ToList(), StringComparer.Ordinal);
        var onTopic = catalogue.Topics.ToDictionary(t => t.Id, t => plan.RealOn(t).Select(a => a.Person).ToList(), StringComparer.Ordinal);
        foreach (var a in plan.Real)
        {
            var count = a.Role == Roles.Expert
                ? (random.NextDouble() < 0.2 ? 0 : random.Next(1, 7))
                : (random.NextDouble() < 0.4 ? random.Next(1, 3) : 0);
            for (var i = 0; i < count; i++)
            {
                var pool = random.NextDouble() < 0.6 && onTopic[a.Topic.Id].Count > 1 ? onTopic[a.Topic.Id] : byField[a.Person.Department.Field];
                Endorse(pool[random.Next(pool.Count)], a.Person, a.Topic);
            }
        }

        foreach (var a in plan.Managers.Where(_ => random.NextDouble() < 0.4))
        {
            var team = byField[a.Person.Department.Field];
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                Endorse(team[random.Next(team.Count)], a.Person, a.Topic);
            }
        }

        foreach (var a in plan.SelfPromoters)
        {
            var friends = byField[a.Person.Department.Field];
            for (var i = random.Next(0, 3); i > 0; i--)
            {
                Endorse(friends[random.Next(friends.Count)], a.Person, a.Topic);
            }
        }

        foreach (var ring in plan.Rings)
        {
            var members = ring.Members.ToList();
            foreach (var from in members)
            {
                foreach (var to in members.Where(m => m != from))
                {
                    if (!ring.Partial || random.NextDouble() < 0.6)
                    {
                        Endorse(from, to, ring.Topic);
                    }
                }
            }
        }

        return result;
    }

    private void Endorse(SimPerson from, SimPerson to, Topic topic)
    {
        if (from == to)
        {
            return;
        }

        var typed = Typed(topic, from.WritesFrench);
        if (seen.Add((from.Index, to.Index, typed.ToLowerInvariant())))
        {
            result.Add(new EndorsementRecord(from.Id, to.Id, typed, calendar.Next()));
        }
    }

    private string Typed(Topic topic, bool french)
    {
        var x = random.NextDouble();
        return x switch
        {
            < 0.2 when french => topic.French,
            < 0.45 => topic.English,
            < 0.65 when topic.Aliases.Count > 0 => topic.Aliases[random.Next(topic.Aliases.Count)],
            < 0.8 => topic.English.ToLowerInvariant(),
            _ => french ? topic.French.ToLowerInvariant() : topic.English,
        };
    }
}
