using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.People;

namespace ExpertBot.CompanySim.Planting;

/// <summary>
/// Plants the people plain word matching mistakes for experts without any gaming: managers who name their teams'
/// topics, colleagues who ask about a topic, and experts of one product who mention its siblings.
/// </summary>
internal static class NoisePlanter
{
    private const double ManagerShare = 0.04;

    public static void PlantManagers(Random random, IReadOnlyList<SimPerson> people, TopicCatalogue catalogue, OrgPlan plan)
    {
        var count = Math.Max(2, (int)Math.Round(people.Count * ManagerShare));
        for (var placed = 0; placed < count;)
        {
            var person = PeopleFactory.Pick(random, people);
            if (person.Reserved)
            {
                continue;
            }

            person.Reserved = true;
            person.JobTitle = person.WritesFrench ? person.Department.ManagerFrench : person.Department.ManagerEnglish;
            var owned = Shuffle.Shuffled(random, catalogue.InField(person.Department.Field)).Take(random.Next(2, 5));
            foreach (var topic in owned)
            {
                plan.Managers.Add(new Assignment(person, topic, Roles.Manager, "team-owner"));
            }

            placed++;
        }
    }

    public static void PlantAskersAndSiblings(Random random, IReadOnlyList<SimPerson> people, TopicCatalogue catalogue, OrgPlan plan)
    {
        var scale = people.Count / 3000.0;
        foreach (var topic in catalogue.Topics)
        {
            var askers = Shuffle.Scaled(random, 4, 12, scale, 2);
            for (var attempt = 0; askers > 0 && attempt < 100; attempt++)
            {
                var person = PeopleFactory.Pick(random, people);
                if (plan.RealRole(person, topic) is null)
                {
                    plan.Askers.Add(new Assignment(person, topic, "asker"));
                    askers--;
                }
            }
        }

        foreach (var assignment in plan.Real.ToList())
        {
            var siblings = catalogue.SiblingsOf(assignment.Topic);
            if (siblings.Count == 0 || !Shuffle.Chance(random, assignment.Role == Roles.Expert ? 0.6 : 0.3))
            {
                continue;
            }

            var sibling = PeopleFactory.Pick(random, siblings);
            if (plan.RealRole(assignment.Person, sibling) is null && !plan.Siblings.Any(s => s.Person == assignment.Person && s.Topic == sibling))
            {
                plan.Siblings.Add(new Assignment(assignment.Person, sibling, Roles.SiblingExpert, "mentions-sibling", assignment.Topic));
            }
        }
    }
}
