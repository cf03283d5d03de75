namespace ExpertBot.OrgSim;

/// <summary>Decides, per person, which items exist, when, in which language and of which kind.</summary>
internal sealed class ItemScheduler(OrgPlan plan)
{
    private static readonly ItemKind[] Kinds =
        [ItemKind.Document, ItemKind.Answer, ItemKind.Post, ItemKind.Message, ItemKind.Comment, ItemKind.Question, ItemKind.Meeting];

    private static readonly double[] ExpertMix = [0.22, 0.24, 0.12, 0.20, 0.10, 0.04, 0.08];
    private static readonly double[] PractitionerMix = [0.08, 0.14, 0.06, 0.36, 0.18, 0.10, 0.08];

    public void Schedule(PersonPlan person, Random rng, List<ItemSpec> specs)
    {
        specs.Clear();
        foreach (var e in person.Expertise)
        {
            ScheduleExpertise(person, e, rng, specs);
        }

        switch (person.Persona)
        {
            case Persona.SelfPromoter: SchedulePromoter(person, rng, specs); break;
            case Persona.RingMember: ScheduleRingMember(person, rng, specs); break;
            case Persona.Manager: ScheduleManager(person, rng, specs); break;
            case Persona.Generalist: ScheduleGeneralist(person, rng, specs); break;
            default: break;
        }

        ScheduleNoise(person, rng, specs);
        specs.Sort((a, b) => a.Time.CompareTo(b.Time));
    }

    private void ScheduleExpertise(PersonPlan person, Expertise e, Random rng, List<ItemSpec> specs)
    {
        var pattern = person.Riser is { } r && r.Topic == e.Topic ? r.Pattern : (RiserPattern?)null;
        var n = (int)Math.Round((e.Grade == 2 ? rng.Range(9, 22) : rng.Range(3, 7)) * person.Activity);
        var cutoff = plan.AsOf;
        switch (pattern)
        {
            case RiserPattern.SteadyRamp or RiserPattern.LateBurst: n = 0; break;
            case RiserPattern.AcceleratingExpert: n = Math.Max(5, n / 2); cutoff = plan.WindowStart.AddDays(-1); break;
            case RiserPattern.DecoySteadyExpert: n = Math.Max(4, n / 2); cutoff = plan.AsOf.AddDays(-366); break;
            case RiserPattern.DecoyOneOffBurst: cutoff = person.Riser!.BurstDay.AddDays(-10); break;
            default: break;
        }

        for (var i = 0; i < n; i++)
        {
            Add(specs, person, e, TimeSpread.Between(rng, e.Start, cutoff), rng);
        }

        if (pattern is null && e.Grade == 2 && rng.Chance(0.35))
        {
            for (var i = rng.Range(1, 2); i > 0; i--)
            {
                Add(specs, person, e, TimeSpread.Between(rng, plan.AsOf.AddDays(-30), plan.AsOf), rng);
            }
        }

        switch (pattern)
        {
            case RiserPattern.SteadyRamp: AddWeekly(specs, person, e, rng, rng.Range(10, 16), [0, 1, 2, 3, 4, 5]); break;
            case RiserPattern.AcceleratingExpert: AddWeekly(specs, person, e, rng, rng.Range(10, 16), [1, 1, 2, 2, 3, 3]); break;
            case RiserPattern.LateBurst:
                var total = rng.Range(10, 16);
                var early = rng.Range(2, 3);
                AddBetween(specs, person, e, rng, early, plan.WindowStart, plan.AsOf.AddDays(-15));
                AddBetween(specs, person, e, rng, total - early, plan.AsOf.Date.AddDays(-13), plan.AsOf);
                break;
            case RiserPattern.DecoyOneOffBurst:
                for (var i = rng.Range(8, 12); i > 0; i--)
                {
                    Add(specs, person, e, TimeSpread.OnDay(rng, person.Riser!.BurstDay), rng);
                }

                break;
            case RiserPattern.DecoySteadyExpert:
                for (var week = 0; week < 52; week++)
                {
                    var weekStart = plan.AsOf.Date.AddDays(-7 * (week + 1));
                    AddBetween(specs, person, e, rng, 2, weekStart.AddDays(1), weekStart.AddDays(7).AddHours(18));
                }

                break;
            default: break;
        }
    }

    /// <summary>
    /// Spreads <paramref name="total"/> items over the six weeks of the window: one per week, the rest by weight[k].
    /// </summary>
    private void AddWeekly(List<ItemSpec> specs, PersonPlan person, Expertise e, Random rng, int total, double[] weights)
    {
        var sum = weights.Sum();
        var rest = total - weights.Length;
        var counts = weights.Select(w => 1 + (int)Math.Floor(rest * w / sum)).ToArray();
        for (var k = weights.Length - 1; counts.Sum() < total; k = k == 0 ? weights.Length - 1 : k - 1)
        {
            counts[k]++;
        }

        for (var week = 0; week < weights.Length; week++)
        {
            var from = plan.WindowStart.AddDays(7 * week);
            var to = week == weights.Length - 1 ? plan.AsOf : from.AddDays(7).AddSeconds(-1);
            AddBetween(specs, person, e, rng, counts[week], from, to);
        }
    }

    private static void AddBetween(List<ItemSpec> specs, PersonPlan person, Expertise e, Random rng, int count, DateTime from, DateTime to)
    {
        for (var i = 0; i < count; i++)
        {
            Add(specs, person, e, TimeSpread.Between(rng, from, to), rng);
        }
    }

    private static void Add(List<ItemSpec> specs, PersonPlan person, Expertise e, DateTime time, Random rng)
    {
        var kind = Kinds[rng.WeightedIndex(e.Grade == 2 ? ExpertMix : PractitionerMix)];
        specs.Add(new ItemSpec(kind, ItemFlavour.Substantive, e.Topic, e.Grade, time, rng.Chance(person.FrenchShare)));
    }

    private void SchedulePromoter(PersonPlan person, Random rng, List<ItemSpec> specs)
    {
        var topic = person.PersonaTopics[0];
        var recent = person.Riser?.Pattern == RiserPattern.DecoySelfPromoter;
        var from = recent ? plan.WindowStart : plan.AsOf.AddDays(-365);
        AddPersona(specs, person, rng, recent ? rng.Range(6, 9) : rng.Range(2, 6), ItemKind.Post, ItemFlavour.Promo, topic, from, plan.AsOf);
        if (rng.Chance(0.5))
        {
            AddPersona(specs, person, rng, rng.Range(1, 3), ItemKind.Meeting, ItemFlavour.PromoMeeting, topic, from, plan.AsOf);
        }
    }

    private void ScheduleRingMember(PersonPlan person, Random rng, List<ItemSpec> specs)
    {
        var ring = plan.Rings[person.RingId];
        for (var i = rng.Range(3, 6); i > 0; i--)
        {
            var kind = rng.Chance(0.25) ? ItemKind.Message : ItemKind.Post;
            AddPersona(specs, person, rng, 1, kind, ItemFlavour.RingPromo, ring.Topic, ring.From, ring.To);
        }

        if (rng.Chance(0.3))
        {
            AddPersona(specs, person, rng, rng.Range(1, 2), ItemKind.Meeting, ItemFlavour.PromoMeeting, ring.Topic, ring.From, ring.To);
        }
    }

    private void ScheduleManager(PersonPlan person, Random rng, List<ItemSpec> specs)
    {
        var from = plan.AsOf.AddDays(-730);
        foreach (var topic in person.PersonaTopics)
        {
            AddPersona(specs, person, rng, rng.Range(4, 10), ItemKind.Meeting, ItemFlavour.ManagerMeeting, topic, from, plan.AsOf);
        }

        if (rng.Chance(0.3))
        {
            AddPersona(specs, person, rng, 1, ItemKind.Post, ItemFlavour.ManagerPost, rng.Pick(person.PersonaTopics), from, plan.AsOf);
        }
    }

    private void ScheduleGeneralist(PersonPlan person, Random rng, List<ItemSpec> specs)
    {
        foreach (var topic in person.PersonaTopics)
        {
            for (var i = rng.Range(1, 2); i > 0; i--)
            {
                var roll = rng.NextDouble();
                var kind = roll < 0.4 ? ItemKind.Comment : roll < 0.7 ? ItemKind.Message : ItemKind.Post;
                AddPersona(specs, person, rng, 1, kind, ItemFlavour.Generalist, topic, plan.AsOf.AddDays(-730), plan.AsOf);
            }
        }
    }

    private void ScheduleNoise(PersonPlan person, Random rng, List<ItemSpec> specs)
    {
        var from = plan.AsOf.AddDays(-900);
        for (var i = rng.Range(3, 7); i > 0; i--)
        {
            var roll = rng.NextDouble();
            var (kind, flavour) = roll < 0.42 ? (ItemKind.Message, ItemFlavour.NoiseMessage)
                : roll < 0.55 ? (ItemKind.Comment, ItemFlavour.NoiseMessage)
                : (ItemKind.Meeting, ItemFlavour.NoiseMeeting);
            AddPersona(specs, person, rng, 1, kind, flavour, -1, from, plan.AsOf);
        }

        var questions = rng.Chance(0.55) ? rng.Range(1, 2) : 0;
        var leaves = plan.Catalogue.Leaves;
        for (var i = 0; i < questions; i++)
        {
            var topic = leaves[rng.Next(leaves.Count)].Index;
            if (!person.Knows(topic))
            {
                AddPersona(specs, person, rng, 1, ItemKind.Question, ItemFlavour.NoiseQuestion, topic, from, plan.AsOf);
            }
        }
    }

    private static void AddPersona(List<ItemSpec> specs, PersonPlan person, Random rng, int count, ItemKind kind,
        ItemFlavour flavour, int topic, DateTime from, DateTime to)
    {
        for (var i = 0; i < count; i++)
        {
            specs.Add(new ItemSpec(kind, flavour, topic, 0, TimeSpread.Between(rng, from, to), rng.Chance(person.FrenchShare)));
        }
    }
}
