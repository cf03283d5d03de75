namespace ExpertBot.OrgSim;

/// <summary>Picks managers, generalists and self-promoters (rings are planned by <see cref="RingPlanner"/>).</summary>
internal static class PersonaPlanner
{
    public static void Plan(OrgPlan plan, Random rng)
    {
        var free = plan.People.ToList();
        rng.ShuffleList(free);
        var cursor = 0;
        var n = plan.People.Count;
        var byDepartment = ExpertiseAssigner.DepartmentLeaves(plan);
        var leaves = plan.Catalogue.Leaves;
        var staff = plan.People.GroupBy(p => p.Department).ToDictionary(g => g.Key, g => g.ToArray());
        var counts = DepartmentTopicCounts(plan);

        foreach (var person in Take(free, ref cursor, Math.Max(2, (int)Math.Round(n * 0.04))))
        {
            MakeManager(plan, person, byDepartment[person.Department], counts[person.Department], rng);
        }

        foreach (var person in Take(free, ref cursor, Math.Max(2, (int)Math.Round(n * 0.03))))
        {
            person.Persona = Persona.Generalist;
            var topics = leaves.Select(t => t.Index).Where(t => !person.Knows(t)).ToList();
            rng.ShuffleList(topics);
            person.PersonaTopics.AddRange(topics.Take(rng.Range(8, 15)));
        }

        foreach (var person in Take(free, ref cursor, Math.Max(2, (int)Math.Round(n * 0.03))))
        {
            person.Persona = Persona.SelfPromoter;
            var local = byDepartment[person.Department];
            int topic;
            do
            {
                topic = leaves[local.Length > 0 && rng.Chance(0.6) ? rng.Pick(local) : rng.Next(leaves.Count)].Index;
            }
            while (person.Knows(topic));

            person.PersonaTopics.Add(topic);
            var colleagues = staff[person.Department];
            var friends = Enumerable.Range(0, rng.Chance(0.6) ? rng.Range(1, 2) : 0)
                .Select(_ => rng.Pick(colleagues).Index)
                .Where(i => i != person.Index)
                .Distinct()
                .ToList();
            plan.PromoterFriends[person.Index] = friends;
        }

        plan.RebuildTopicIndex();
    }

    /// <summary>How many people of each department work on each topic ([department][topic index]).</summary>
    private static int[][] DepartmentTopicCounts(OrgPlan plan)
    {
        var counts = Departments.All.Select(_ => new int[plan.Catalogue.Topics.Count]).ToArray();
        foreach (var person in plan.People)
        {
            foreach (var e in person.Expertise)
            {
                counts[person.Department][e.Topic]++;
            }
        }

        return counts;
    }

    private static List<PersonPlan> Take(List<PersonPlan> free, ref int cursor, int count)
    {
        var start = cursor;
        cursor = Math.Min(free.Count, cursor + count);
        return free.GetRange(start, cursor - start);
    }

    /// <summary>Managers keep one real area; they own 2–4 of their department's topics without doing the work.</summary>
    private static void MakeManager(OrgPlan plan, PersonPlan person, int[] localLeaves, int[] topicCounts, Random rng)
    {
        person.Persona = Persona.Manager;
        if (person.Expertise.Count > 1)
        {
            person.Expertise.RemoveRange(1, person.Expertise.Count - 1);
        }

        var department = Departments.All[person.Department];
        person.JobTitle = rng.Pick(department.ManagerTitles);
        var candidates = localLeaves.Select(i => plan.Catalogue.Leaves[i].Index).Where(t => !person.Knows(t)).ToList();
        if (candidates.Count == 0)
        {
            candidates = plan.Catalogue.Leaves.Select(t => t.Index).Where(t => !person.Knows(t)).ToList();
        }

        var weights = candidates.Select(t => 1.0 + topicCounts[t]).ToList();
        var count = Math.Min(candidates.Count, rng.Range(2, 4));
        while (person.PersonaTopics.Count < count)
        {
            var k = rng.WeightedIndex(weights);
            person.PersonaTopics.Add(candidates[k]);
            weights[k] = 0;
        }
    }
}
