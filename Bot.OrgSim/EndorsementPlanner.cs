namespace ExpertBot.OrgSim;

/// <summary>Genuine endorsements from people who work on the same topic, plus friends' and rings' endorsements.</summary>
internal static class EndorsementPlanner
{
    private static readonly int[] ExpertCounts = [0, 0, 1, 1, 2, 2, 3, 4];
    private static readonly int[] PractitionerCounts = [0, 0, 0, 1, 1, 2];

    public static void Plan(OrgPlan plan, Random rng)
    {
        var staff = plan.People.GroupBy(p => p.Department).ToDictionary(g => g.Key, g => g.ToArray());
        var twoYearsAgo = plan.AsOf.AddDays(-730);
        foreach (var person in plan.People)
        {
            foreach (var e in person.Expertise.Where(e => e.Start < plan.WindowStart))
            {
                var count = rng.Pick(e.Grade == 2 ? ExpertCounts : PractitionerCounts);
                var peers = plan.PeopleByTopic[e.Topic];
                for (var k = 0; k < count; k++)
                {
                    var endorser = peers.Count > 1 && rng.Chance(0.8)
                        ? plan.People[rng.Pick(peers)]
                        : rng.Pick(staff[person.Department]);
                    if (endorser.Index != person.Index)
                    {
                        var from = e.Start > twoYearsAgo ? e.Start : twoYearsAgo;
                        Add(plan, endorser, person, e.Topic, TimeSpread.Between(rng, from, plan.AsOf), rng);
                    }
                }
            }
        }

        foreach (var (promoter, friends) in plan.PromoterFriends)
        {
            var person = plan.People[promoter];
            var recent = person.Riser?.Pattern == RiserPattern.DecoySelfPromoter;
            foreach (var friend in friends)
            {
                var from = recent ? plan.WindowStart : plan.AsOf.AddDays(-365);
                Add(plan, plan.People[friend], person, person.PersonaTopics[0], TimeSpread.Between(rng, from, plan.AsOf), rng);
            }
        }

        foreach (var ring in plan.Rings)
        {
            PlanRing(plan, ring, rng);
        }
    }

    private static void PlanRing(OrgPlan plan, Ring ring, Random rng)
    {
        var everyone = ring.Everyone.ToList();
        var given = new HashSet<(int, int)>();
        foreach (var a in everyone)
        {
            foreach (var b in everyone.Where(b => b != a && (ring.Kind == RingKind.Full || rng.Chance(0.45))))
            {
                given.Add((a, b));
            }
        }

        if (ring.Kind == RingKind.Partial)
        {
            foreach (var a in everyone)
            {
                if (!given.Any(g => g.Item1 == a))
                {
                    given.Add((a, rng.Pick(everyone.Where(b => b != a).ToList())));
                }

                if (!given.Any(g => g.Item2 == a))
                {
                    given.Add((rng.Pick(everyone.Where(b => b != a).ToList()), a));
                }
            }
        }

        foreach (var (a, b) in given.OrderBy(g => g.Item1).ThenBy(g => g.Item2))
        {
            Add(plan, plan.People[a], plan.People[b], ring.Topic, TimeSpread.Between(rng, ring.From, ring.To), rng);
        }
    }

    private static void Add(OrgPlan plan, PersonPlan endorser, PersonPlan endorsee, int topic, DateTime when, Random rng) =>
        plan.Endorsements.Add(new EndorsementRecord(endorser.Id, endorsee.Id,
            NameForms.Endorsement(plan.Catalogue[topic], endorser.PrefersFrench, rng), TimeSpread.Iso(when)));
}
