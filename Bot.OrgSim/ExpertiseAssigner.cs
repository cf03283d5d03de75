namespace ExpertBot.OrgSim;

/// <summary>Gives everyone 1–3 real areas of work, mostly in their department's fields, with uneven topic popularity.</summary>
internal static class ExpertiseAssigner
{
    public static void Assign(OrgPlan plan, Random rng)
    {
        var leaves = plan.Catalogue.Leaves;
        var popularity = leaves.Select(_ => Math.Exp(0.9 * rng.Gaussian())).ToArray();
        var byDepartment = DepartmentLeaves(plan);
        var departmentWeights = byDepartment.Select(ix => ix.Select(i => popularity[i]).ToArray()).ToArray();
        foreach (var person in plan.People)
        {
            var roll = rng.NextDouble();
            var count = roll < 0.4 ? 1 : roll < 0.8 ? 2 : 3;
            for (var attempt = 0; person.Expertise.Count < count && attempt < 12; attempt++)
            {
                var local = byDepartment[person.Department];
                var leaf = local.Length > 0 && rng.Chance(0.85)
                    ? local[rng.WeightedIndex(departmentWeights[person.Department])]
                    : rng.WeightedIndex(popularity);
                var topic = leaves[leaf].Index;
                if (!person.Knows(topic))
                {
                    var grade = rng.Chance(person.Expertise.Count == 0 ? 0.38 : 0.2) ? 2 : 1;
                    person.Expertise.Add(new Expertise(topic, grade, StartFor(plan, grade, rng)));
                }
            }
        }

        EnsureCoverage(plan, rng, byDepartment);
        plan.RebuildTopicIndex();
    }

    /// <summary>Leaf positions (in <see cref="TopicCatalogue.Leaves"/>) belonging to each department's fields.</summary>
    public static int[][] DepartmentLeaves(OrgPlan plan) => Departments.All
        .Select(d => plan.Catalogue.Leaves
            .Select((t, i) => (t, i))
            .Where(x => d.Fields.Contains(x.t.Field, StringComparer.Ordinal))
            .Select(x => x.i)
            .ToArray())
        .ToArray();

    public static DateTime StartFor(OrgPlan plan, int grade, Random rng)
    {
        var years = grade == 2
            ? rng.Chance(0.2) ? rng.Between(0.35, 1.0) : rng.Between(1.0, 2.8)
            : rng.Between(0.25, 2.0);
        return plan.AsOf.AddDays(-years * 365);
    }

    /// <summary>Every topic gets at least three people, one of them an expert (only for organisations big enough).</summary>
    private static void EnsureCoverage(OrgPlan plan, Random rng, int[][] byDepartment)
    {
        if (plan.People.Count < 500)
        {
            return;
        }

        var leaves = plan.Catalogue.Leaves;
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            var topic = leaves[leaf].Index;
            var holders = plan.People.Where(p => p.Knows(topic)).ToList();
            var departments = Enumerable.Range(0, byDepartment.Length).Where(d => byDepartment[d].Contains(leaf)).ToList();
            var pool = plan.People.Where(p => departments.Contains(p.Department) && !p.Knows(topic) && p.Expertise.Count < 3).ToList();
            var needExpert = !holders.Exists(p => p.GradeOn(topic) == 2);
            for (var added = 0; pool.Count > 0 && (holders.Count + added < 3 || needExpert); added++)
            {
                var person = pool[rng.Next(pool.Count)];
                pool.Remove(person);
                var grade = needExpert ? 2 : 1;
                person.Expertise.Add(new Expertise(topic, grade, StartFor(plan, grade, rng)));
                needExpert = false;
            }
        }
    }
}
