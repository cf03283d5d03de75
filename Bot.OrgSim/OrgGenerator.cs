using System.Diagnostics;
using System.Globalization;

namespace ExpertBot.OrgSim;

/// <summary>Plans the organisation with the run's seeded generator, then streams every output file.</summary>
internal sealed class OrgGenerator(SimOptions options)
{
    public RunStats Run()
    {
        Directory.CreateDirectory(options.OutDir);
        var rng = new Random(options.Seed);
        var catalogue = TopicCatalogue.Load();
        var en = Phrasebook.Load(french: false);
        var fr = Phrasebook.Load(french: true);
        var plan = new OrgPlan(options, catalogue, WordBank.Load());

        PeopleFactory.Create(plan, rng);
        ExpertiseAssigner.Assign(plan, rng);
        PersonaPlanner.Plan(plan, rng);
        RingPlanner.Plan(plan, rng);
        RiserPlanner.Plan(plan, rng);
        EndorsementPlanner.Plan(plan, rng);
        var queries = new QueryBuilder(plan, en, fr).Build(rng);

        var stats = new RunStats { People = plan.People.Count };
        WriteCatalogue(catalogue);
        WritePeopleAndSignals(plan, en, fr, stats);
        stats.Endorsements = WriteAll("endorsements.jsonl", plan.Endorsements);
        stats.Roles = WriteAll("roles.jsonl", RoleBuilder.Build(plan));
        stats.Risers = WriteAll("risers.jsonl", plan.People
            .Where(p => p.Riser is not null)
            .Select(p => new RiserRecord(p.Id, catalogue[p.Riser!.Topic].English, RiserPlan.Label(p.Riser.Pattern))));
        WriteAll("queries.jsonl", queries);
        foreach (var group in queries.GroupBy(q => q.Group))
        {
            stats.QueriesByGroup[group.Key] = group.Count();
        }

        return stats;
    }

    private void WriteCatalogue(TopicCatalogue catalogue) =>
        WriteAll("catalogue.jsonl", catalogue.Topics.Select(t =>
            new CatalogueRecord(t.Id, t.English, t.French, t.Aliases, t.ParentId, t.Field)));

    private int WriteAll<T>(string file, IEnumerable<T> records)
    {
        using var writer = new JsonLinesWriter(Path.Combine(options.OutDir, file));
        foreach (var record in records)
        {
            writer.Write(record);
        }

        return (int)writer.Lines;
    }

    /// <summary>Person by person: each has its own generator (seeded from the run), so nothing is held in memory.</summary>
    private void WritePeopleAndSignals(OrgPlan plan, Phrasebook en, Phrasebook fr, RunStats stats)
    {
        using var people = new JsonLinesWriter(Path.Combine(options.OutDir, "people.jsonl"));
        using var signals = new JsonLinesWriter(Path.Combine(options.OutDir, "signals.jsonl"));
        var profiles = new ProfileBuilder(plan, en, fr);
        var scheduler = new ItemScheduler(plan);
        var composer = new ItemComposer(plan, en, fr);
        var specs = new List<ItemSpec>(256);
        var clock = Stopwatch.StartNew();
        var step = Math.Max(1, plan.People.Count / 10);
        foreach (var person in plan.People)
        {
            var rng = new Random(person.Seed);
            people.Write(profiles.Build(person, rng));
            scheduler.Schedule(person, rng, specs);
            foreach (var spec in specs)
            {
                var signal = composer.Compose(spec, person, rng);
                signals.Write(signal);
                stats.Items++;
                stats.ByKind[(int)spec.Kind]++;
                stats.FrenchItems += spec.French ? 1 : 0;
                stats.TextChars += signal.Text?.Length ?? 0;
            }

            if ((person.Index + 1) % step == 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {person.Index + 1}/{plan.People.Count} people, {stats.Items} items, {clock.Elapsed.TotalSeconds:F1}s"));
            }
        }

        stats.SignalBytes = signals.Bytes;
    }
}
