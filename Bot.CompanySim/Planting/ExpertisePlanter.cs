using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.People;

namespace ExpertBot.CompanySim.Planting;

/// <summary>
/// Plants the real expertise: per topic 4–10 experts and 5–15 practitioners (scaled to the headcount), mostly from the
/// topic's department, then a few people who really combine the catalogue's paired topics.
/// </summary>
internal static class ExpertisePlanter
{
    private const double HomeDepartmentShare = 0.85;

    public static void Plant(Random random, IReadOnlyList<SimPerson> people, TopicCatalogue catalogue, OrgPlan plan)
    {
        var scale = people.Count / 3000.0;
        var maxRoles = people.Count < 1000 ? 4 : 2;
        var free = people.Where(p => !p.Reserved).ToList();
        foreach (var topic in catalogue.Topics)
        {
            var home = free.Where(p => p.Department.Field == topic.Field).ToList();
            var experts = Shuffle.Scaled(random, 4, 10, scale, 2);
            var practitioners = Shuffle.Scaled(random, 5, 15, scale, 2);
            for (var i = 0; i < experts + practitioners; i++)
            {
                if (PickFor(random, topic, home, free, plan, maxRoles) is { } person)
                {
                    plan.AddReal(person, topic, i < experts ? Roles.Expert : Roles.Practitioner);
                }
            }
        }

        foreach (var (a, b) in catalogue.Pairs)
        {
            var both = Shuffle.Scaled(random, 4, 7, Math.Max(scale, 0.6), 3);
            foreach (var assignment in Shuffle.Shuffled(random, plan.RealOn(a)))
            {
                if (both == 0)
                {
                    break;
                }

                if (plan.RealRole(assignment.Person, b) is null)
                {
                    var role = assignment.Role == Roles.Expert && Shuffle.Chance(random, 0.5) ? Roles.Expert : Roles.Practitioner;
                    plan.AddReal(assignment.Person, b, role);
                    both--;
                }
            }
        }
    }

    private static SimPerson? PickFor(Random random, Topic topic, List<SimPerson> home, List<SimPerson> free, OrgPlan plan, int maxRoles)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var pool = home.Count > 0 && Shuffle.Chance(random, HomeDepartmentShare) ? home : free;
            var person = PeopleFactory.Pick(random, pool);
            if (plan.RealRole(person, topic) is not null || (plan.RealCount(person) >= maxRoles && attempt < 45))
            {
                continue;
            }

            return person;
        }

        return null;
    }
}
