using ExpertBot.Expertise;

namespace ExpertBot.Demo;

internal sealed partial class SyntheticOrganisationBuilder
{
    private readonly List<PersonPlan> selfPromoters = [];
    private readonly List<PersonPlan> ringExtras = [];

    private int Count(double fraction, int minimum) => Math.Max(minimum, (int)Math.Round(options.People * fraction));

    private void PlantSpecialRoles()
    {
        // Traps are planted on people with no topic work, so their ground truth stays unambiguous.
        var free = plans.Where(p => !p.IsManager && p.Work.Count == 0).ToArray();
        rng.Shuffle(free);
        var cursor = 0;
        PersonPlan? Next() => cursor < free.Length ? free[cursor++] : null;

        // The digest's risers and decoys first: they are the rarest and the small demo must have them.
        for (var i = 0; i < Count(options.RiserFraction, 3) && Next() is { } p; i++)
        {
            p.Work.Add(new TopicWork(TopicIndex(Pick(rng, p.Team.Area.TopicKeys)), WorkKind.Riser));
        }

        for (var i = 0; i < Count(options.ViralDecoyFraction, 2) && Next() is { } p; i++)
        {
            p.Work.Add(new TopicWork(rng.Next(topics.Count), WorkKind.Viral));
        }

        for (var i = 0; i < Count(options.PrivateOnlyFraction, 1) && Next() is { } p; i++)
        {
            p.Work.Add(new TopicWork(Pick(rng, p.Team.Topics), WorkKind.PrivateOnly));
        }

        for (var i = 0; i < Count(options.SelfPromoterFraction, 3) && Next() is { } p; i++)
        {
            p.IsSelfPromoter = true;
            p.NewSkillsDecoy = i < 2;
            var claims = Enumerable.Range(0, topics.Count).ToArray();
            rng.Shuffle(claims);
            p.Claims.AddRange(claims.Take(rng.Next(10, 21)));
            if (rng.NextDouble() < 0.3)
            {
                p.Work.Add(new TopicWork(p.Claims[0], WorkKind.Promotion));
            }

            selfPromoters.Add(p);
        }

        for (var i = 0; i < Count(options.RingMemberFraction, 3) && Next() is { } p; i++)
        {
            p.IsRingExtra = true;
            ringExtras.Add(p);
        }

        var experts = plans.Where(p => p.Work.Exists(w => w.Kind == WorkKind.Expert)).ToArray();
        rng.Shuffle(experts);
        var steady = Math.Min(experts.Length, Count(options.SteadyDecoyFraction, 2));
        for (var i = 0; i < experts.Length; i++)
        {
            experts[i].Steady = i < steady;
            experts[i].PartlyPrivate = i >= steady && rng.NextDouble() < options.PartlyPrivateExpertFraction;
        }
    }

    private void PlantRings()
    {
        var pool = selfPromoters.Concat(ringExtras).ToArray();
        rng.Shuffle(pool);
        var rings = new List<PersonPlan[]>();
        var start = 0;
        while (pool.Length - start >= 3)
        {
            var size = Math.Min(rng.Next(3, 7), pool.Length - start);
            if (pool.Length - start - size < 3)
            {
                size = pool.Length - start;
            }

            rings.Add(pool[start..(start + size)]);
            start += size;
        }

        for (var r = 0; r < rings.Count; r++)
        {
            var ring = rings[r];
            var recent = r == 0;
            var ringTopics = new List<int>();
            var wanted = rng.Next(1, 4);
            for (var attempt = 0; attempt < 50 && ringTopics.Count < wanted; attempt++)
            {
                var topic = rng.Next(topics.Count);
                if (!ringTopics.Contains(topic) && !Array.Exists(ring, m => m.WorksOn(topic)))
                {
                    ringTopics.Add(topic);
                }
            }

            foreach (var member in ring)
            {
                member.RingTopics.AddRange(ringTopics);
                member.InRecentRing = recent;
            }

            // A closed clique: everyone vouches for everyone else on every ring topic.
            foreach (var topic in ringTopics)
            {
                foreach (var endorser in ring)
                {
                    foreach (var endorsee in ring)
                    {
                        if (endorser != endorsee)
                        {
                            var daysAgo = recent ? 1 + (rng.NextDouble() * 19) : 30 + (rng.NextDouble() * 670);
                            AddEndorsement(endorser, endorsee, topic, daysAgo);
                        }
                    }
                }
            }
        }
    }

    private void PlantGenuineEndorsements()
    {
        var workers = new List<PersonPlan>[topics.Count];
        for (var t = 0; t < workers.Length; t++)
        {
            workers[t] = [];
        }

        foreach (var plan in plans)
        {
            foreach (var work in plan.Work)
            {
                if (work.Kind is WorkKind.Expert or WorkKind.Competent or WorkKind.OldExpert)
                {
                    workers[work.Topic].Add(plan);
                }
            }
        }

        foreach (var plan in plans)
        {
            foreach (var work in plan.Work)
            {
                var (count, minDays, maxDays) = work.Kind switch
                {
                    WorkKind.Expert => (rng.Next(1, 5), 5.0, 700.0),
                    WorkKind.Competent => (rng.NextDouble() < 0.4 ? 1 : 0, 30.0, 500.0),
                    WorkKind.OldExpert => (rng.NextDouble() < 0.5 ? 1 : 0, 700.0, 1000.0),
                    WorkKind.Riser => (rng.NextDouble() < 0.5 ? 1 : 0, 1.0, 14.0),
                    _ => (0, 0.0, 0.0),
                };
                var pool = workers[work.Topic];
                for (var i = 0; i < count && pool.Count > 1; i++)
                {
                    var endorser = pool[rng.Next(pool.Count)];
                    if (endorser != plan)
                    {
                        AddEndorsement(endorser, plan, work.Topic, minDays + (rng.NextDouble() * (maxDays - minDays)));
                    }
                }
            }
        }
    }

    private void AddEndorsement(PersonPlan endorser, PersonPlan endorsee, int topic, double daysAgo)
    {
        if (endorsed.Add((endorser.Index, endorsee.Index, topic)))
        {
            endorsements.Add(new Endorsement(endorser.Id, endorsee.Id, Surface(rng, topics[topic], endorser.French), At(daysAgo)));
        }
    }

    private (List<PlantedRole> Roles, List<PlantedRiser> Risers) CollectRoles()
    {
        var roles = new List<PlantedRole>();
        var risers = new List<PlantedRiser>();
        foreach (var p in plans)
        {
            foreach (var work in p.Work)
            {
                var topic = topics[work.Topic].Name;
                var role = work.Kind switch
                {
                    WorkKind.Expert => PlantedRoles.Expert,
                    WorkKind.Competent => PlantedRoles.Competent,
                    WorkKind.OldExpert => PlantedRoles.OldExpert,
                    WorkKind.Riser => PlantedRoles.Riser,
                    WorkKind.PrivateOnly => PlantedRoles.PrivateOnly,
                    WorkKind.Viral => PlantedRoles.DecoyViral,
                    _ => null,
                };
                if (role is not null)
                {
                    roles.Add(new PlantedRole(p.Id, role, topic));
                }

                if (work.Kind == WorkKind.Riser)
                {
                    risers.Add(new PlantedRiser(p.Id, topic));
                }
            }

            var firstExpertise = p.Work.Find(w => w.Kind == WorkKind.Expert);
            AddRoleIf(roles, p.Steady, p, PlantedRoles.DecoySteady, firstExpertise.Topic);
            AddRoleIf(roles, p.PartlyPrivate, p, PlantedRoles.PartlyPrivate, firstExpertise.Topic);
            AddRoleIf(roles, p.NewSkillsDecoy, p, PlantedRoles.DecoyNewSkills, p.Claims.Count > 0 ? p.Claims[0] : -1);
            foreach (var topic in p.Claims)
            {
                roles.Add(new PlantedRole(p.Id, PlantedRoles.SelfPromoter, topics[topic].Name));
            }

            foreach (var topic in p.RingTopics)
            {
                roles.Add(new PlantedRole(p.Id, PlantedRoles.RingMember, topics[topic].Name));
                AddRoleIf(roles, p.InRecentRing, p, PlantedRoles.DecoyRing, topic);
            }

            if (p.IsManager)
            {
                foreach (var topic in p.Team.Topics)
                {
                    roles.Add(new PlantedRole(p.Id, PlantedRoles.Manager, topics[topic].Name));
                }
            }
        }

        return (roles, risers);
    }

    private void AddRoleIf(List<PlantedRole> roles, bool condition, PersonPlan p, string role, int topic)
    {
        if (condition)
        {
            roles.Add(new PlantedRole(p.Id, role, topic >= 0 ? topics[topic].Name : null));
        }
    }
}
