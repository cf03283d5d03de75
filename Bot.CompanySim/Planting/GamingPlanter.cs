using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.People;

namespace ExpertBot.CompanySim.Planting;

/// <summary>
/// Plants the gamers: self-promoters (about 2.5% of people) who claim a topic they do not work on, and rings of 5–8
/// colleagues (one per 200 people) who endorse each other on one; every third ring is partial and, once real expertise
/// is planted, takes in one or two genuine colleagues.
/// </summary>
internal static class GamingPlanter
{
    private const double SelfPromoterShare = 0.025;
    private static readonly string[] PromoterStyles = ["hype", "journey", "certification", "thought-leader"];

    public static void PlantGamers(Random random, IReadOnlyList<SimPerson> people, TopicCatalogue catalogue, OrgPlan plan)
    {
        var promoters = Math.Max(2, (int)Math.Round(people.Count * SelfPromoterShare));
        while (promoters > 0)
        {
            var person = PeopleFactory.Pick(random, people);
            if (person.Reserved)
            {
                continue;
            }

            person.Reserved = true;
            var inField = catalogue.InField(person.Department.Field);
            var topic = Shuffle.Chance(random, 0.7) ? PeopleFactory.Pick(random, inField) : PeopleFactory.Pick(random, catalogue.Topics);
            plan.SelfPromoters.Add(new Assignment(person, topic, Roles.SelfPromoter, PeopleFactory.Pick(random, PromoterStyles)));
            promoters--;
        }

        var rings = Math.Max(1, people.Count / 200);
        for (var r = 0; r < rings; r++)
        {
            var topic = PeopleFactory.Pick(random, catalogue.Topics);
            var partial = r % 3 == 2;
            var size = random.Next(5, 9) - (partial ? random.Next(1, 3) : 0);
            var colleagues = Shuffle.Shuffled(random, people.Where(p => !p.Reserved && p.Department.Field == topic.Field));
            var others = Shuffle.Shuffled(random, people.Where(p => !p.Reserved && p.Department.Field != topic.Field));
            var members = colleagues.Concat(others).Take(size).ToList();
            foreach (var member in members)
            {
                member.Reserved = true;
            }

            plan.Rings.Add(new Ring(r, topic, members, [], partial));
        }
    }

    public static void AddGenuineMembers(Random random, OrgPlan plan)
    {
        foreach (var ring in plan.Rings.Where(r => r.Partial))
        {
            var genuine = Shuffle.Shuffled(random, plan.RealOn(ring.Topic)).Take(random.Next(1, 3));
            ring.Genuine.AddRange(genuine.Select(a => a.Person));
        }
    }
}
