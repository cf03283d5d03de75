namespace ExpertBot.OrgSim;

/// <summary>
/// Endorsement rings: 5–8 colleagues of one department who all declare and promote a topic they do not work on.
/// Rings alternate between full and partial wiring, and every other pair of rings pulls in 1–2 genuine practitioners.
/// </summary>
internal static class RingPlanner
{
    public static void Plan(OrgPlan plan, Random rng)
    {
        var count = Math.Max(2, plan.People.Count / 200);
        var byDepartment = ExpertiseAssigner.DepartmentLeaves(plan);
        var leaves = plan.Catalogue.Leaves;
        var free = plan.People.Where(p => p.Persona == Persona.None).ToList();
        rng.ShuffleList(free);
        var used = new HashSet<int>();
        foreach (var seed in free)
        {
            if (plan.Rings.Count >= count)
            {
                break;
            }

            if (used.Contains(seed.Index))
            {
                continue;
            }

            var local = byDepartment[seed.Department];
            var topic = leaves[local.Length > 0 && rng.Chance(0.7) ? rng.Pick(local) : rng.Next(leaves.Count)].Index;
            var members = free
                .Where(p => p.Department == seed.Department && !used.Contains(p.Index) && !p.Knows(topic))
                .Take(rng.Range(5, 8))
                .Select(p => p.Index)
                .ToList();
            if (members.Count < 4)
            {
                continue;
            }

            var id = plan.Rings.Count;
            var mixed = id % 4 >= 2;
            var genuine = mixed ? PickGenuine(plan, topic, seed.Department, used, rng) : [];
            var from = plan.WindowStart.AddDays(-rng.Range(60, 700));
            var ring = new Ring(id, topic, id % 2 == 0 ? RingKind.Full : RingKind.Partial, members, genuine,
                from, from.AddDays(rng.Range(30, 90)));
            plan.Rings.Add(ring);
            foreach (var index in ring.Everyone)
            {
                used.Add(index);
                plan.People[index].RingId = id;
            }

            foreach (var index in members)
            {
                var person = plan.People[index];
                person.Persona = Persona.RingMember;
                person.PersonaTopics.Add(topic);
            }
        }
    }

    private static List<int> PickGenuine(OrgPlan plan, int topic, int department, HashSet<int> used, Random rng)
    {
        var pool = plan.PeopleByTopic[topic]
            .Where(i => plan.People[i].Persona == Persona.None && !used.Contains(i))
            .OrderBy(i => plan.People[i].Department == department ? 0 : 1)
            .Take(6)
            .ToList();
        rng.ShuffleList(pool);
        return pool.Take(rng.Range(1, 2)).ToList();
    }
}
