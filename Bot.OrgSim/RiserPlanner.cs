namespace ExpertBot.OrgSim;

/// <summary>
/// Chooses people whose last six weeks look like a rising expert (new to a topic, or an expert clearly accelerating),
/// and decoys that a naive "most recent items" digest would also pick.
/// </summary>
internal static class RiserPlanner
{
    public static void Plan(OrgPlan plan, Random rng)
    {
        var perPattern = Math.Max(3, plan.People.Count / 300);
        var order = plan.People.ToList();
        rng.ShuffleList(order);
        var byDepartment = ExpertiseAssigner.DepartmentLeaves(plan);
        var longAgo = plan.AsOf.AddDays(-400);

        bool Free(PersonPlan p) => p.Persona == Persona.None && p.RingId < 0 && p.Riser is null;

        foreach (var pattern in new[] { RiserPattern.SteadyRamp, RiserPattern.LateBurst })
        {
            var done = 0;
            foreach (var person in order.Where(p => Free(p) && p.Expertise.Count <= 2))
            {
                if (done >= perPattern)
                {
                    break;
                }

                var local = byDepartment[person.Department];
                var topic = plan.Catalogue.Leaves[local.Length > 0 ? rng.Pick(local) : rng.Next(plan.Catalogue.Leaves.Count)].Index;
                if (person.Knows(topic))
                {
                    continue;
                }

                person.Expertise.Add(new Expertise(topic, 1, plan.WindowStart));
                person.Riser = new RiserPlan(topic, pattern);
                done++;
            }
        }

        Assign(order.Where(Free), perPattern, p => p.Expertise.Find(e => e.Grade == 2 && e.Start < longAgo),
            RiserPattern.AcceleratingExpert, _ => default);
        Assign(order.Where(Free), perPattern, p => p.Expertise.Find(e => e.Grade == 2 && e.Start < longAgo),
            RiserPattern.DecoySteadyExpert, _ => default);
        Assign(order.Where(Free), perPattern, p => p.Expertise.Find(e => e.Start < plan.WindowStart.AddDays(-120)),
            RiserPattern.DecoyOneOffBurst, _ => BurstDay(plan, rng));

        foreach (var person in order.Where(p => p.Persona == Persona.SelfPromoter && p.Riser is null).Take(perPattern))
        {
            person.Riser = new RiserPlan(person.PersonaTopics[0], RiserPattern.DecoySelfPromoter);
        }

        var marked = 0;
        foreach (var ring in plan.Rings.Where(r => r.Members.TrueForAll(i => plan.People[i].Riser is null)).ToList())
        {
            if (marked >= perPattern)
            {
                break;
            }

            plan.Rings[ring.Id] = ring with { From = plan.WindowStart.AddDays(rng.Range(0, 6)), To = plan.AsOf, Recent = true };
            foreach (var index in ring.Members)
            {
                plan.People[index].Riser = new RiserPlan(ring.Topic, RiserPattern.DecoyRing);
                marked++;
            }
        }

        plan.RebuildTopicIndex();
    }

    private static void Assign(IEnumerable<PersonPlan> candidates, int count, Func<PersonPlan, Expertise?> pick,
        RiserPattern pattern, Func<PersonPlan, DateTime> burstDay)
    {
        var done = 0;
        foreach (var person in candidates)
        {
            if (done >= count)
            {
                break;
            }

            if (pick(person) is { } expertise)
            {
                person.Riser = new RiserPlan(expertise.Topic, pattern) { BurstDay = burstDay(person) };
                done++;
            }
        }
    }

    /// <summary>A weekday four to six weeks before the as-of date.</summary>
    private static DateTime BurstDay(OrgPlan plan, Random rng)
    {
        var day = plan.WindowStart.Date.AddDays(rng.Range(0, 13));
        return day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(-1),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };
    }
}
