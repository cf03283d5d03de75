using System.Diagnostics;
using System.Globalization;
using ExpertBot.Expertise;

namespace ExpertBot.Benchmarks;

/// <summary>
/// --measure-latency [--count N]: per-query latency of the engine and of the Lucene baseline after warm-up,
/// over the organisation's queries in a fixed round-robin (every group mixed), the two interleaved query by
/// query so that both see the same machine noise. Split by group (engine and Lucene, and their ratios) and by
/// kind of question: one topic the lexicon knows (read from its precomputed list) or several concepts (words
/// walked and added up across); and the slowest questions.
/// </summary>
internal static class LatencyMeasurement
{
    private const int WarmUpRounds = 3;
    private const string OneTopic = "one known topic";
    private const string SeveralConcepts = "several concepts";
    private const int SlowestShown = 12;

    public static int Run(int count)
    {
        MachineInfo.Describe();
        var queries = BenchData.Queries();
        var watch = Stopwatch.StartNew();
        var engine = BenchData.LoadEngine();
        Console.WriteLine($"engine index loaded in {watch.Elapsed.TotalSeconds:N1} s; {queries.Count} queries in {queries.Select(q => q.Group).Distinct().Count()} groups");
        using var lucene = BenchData.OpenLucene();

        var asOf = BenchScale.AsOf(engine);
        Console.WriteLine($"asked as of {asOf:yyyy-MM-dd HH:mm} UTC, top {BenchScale.Top}");
        ExpertMatchCount Engine(BenchQuery q) => new(engine.Search(new ExpertQuery(q.Topic, asOf, BenchScale.Top)).Count);
        ExpertMatchCount Lucene(BenchQuery q) => new(lucene.Search(q.Topic, BenchScale.Top).Count);

        int engineEmpty = 0, luceneEmpty = 0;
        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var query in queries)
            {
                var (engineFound, luceneFound) = (Engine(query).Count, Lucene(query).Count);
                if (round == 0)
                {
                    engineEmpty += engineFound == 0 ? 1 : 0;
                    luceneEmpty += luceneFound == 0 ? 1 : 0;
                }
            }
        }

        Console.WriteLine($"queries that found nobody: engine {engineEmpty}, lucene {luceneEmpty} of {queries.Count}");

        var engineTimes = new Latencies();
        var luceneTimes = new Latencies();
        var byGroup = queries.Select(q => q.Group).Distinct().ToDictionary(g => g, _ => (Engine: new Latencies(), Lucene: new Latencies()), StringComparer.Ordinal);
        var kinds = queries.Distinct().ToDictionary(q => q, q => engine.Lexicon.Concepts(TextAnalyzer.Terms(q.Topic)) is { Count: 1 } c && c[0].Key is not null ? OneTopic : SeveralConcepts);
        var byKind = new Dictionary<string, (Latencies Engine, Latencies Lucene)>(StringComparer.Ordinal)
        {
            [OneTopic] = (new(), new()),
            [SeveralConcepts] = (new(), new()),
        };
        var byQuestion = queries.Select(_ => (Engine: new Latencies(), Lucene: new Latencies())).ToArray();
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        for (var i = 0; i < count; i++)
        {
            var query = queries[i % queries.Count];

            // Alternate which goes first, so that neither always runs with the other's data in cache.
            var (engineKind, luceneKind) = byKind[kinds[query]];
            var (engineGroup, luceneGroup) = byGroup[query.Group];
            var (engineQuestion, luceneQuestion) = byQuestion[i % queries.Count];
            if (i % 2 == 0)
            {
                engineTimes.Add(Time(Engine, query, engineGroup, engineKind, engineQuestion));
                luceneTimes.Add(Time(Lucene, query, luceneGroup, luceneKind, luceneQuestion));
            }
            else
            {
                luceneTimes.Add(Time(Lucene, query, luceneGroup, luceneKind, luceneQuestion));
                engineTimes.Add(Time(Engine, query, engineGroup, engineKind, engineQuestion));
            }
        }

        Console.WriteLine($"after {WarmUpRounds} warm-up rounds, {count} queries each ({GC.CollectionCount(0) - gen0} gen0 / {GC.CollectionCount(2) - gen2} gen2 collections):");
        Console.WriteLine($"  engine  {engineTimes.Summary()}");
        Console.WriteLine($"  lucene  {luceneTimes.Summary()}");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  engine ÷ lucene: mean {engineTimes.MeanMilliseconds / luceneTimes.MeanMilliseconds:N2}×, p50 {engineTimes.Milliseconds(50) / luceneTimes.Milliseconds(50):N2}×, p99 {engineTimes.Milliseconds(99) / luceneTimes.Milliseconds(99):N2}×"));
        Console.WriteLine("by group (engine, then lucene):");
        foreach (var (group, (engineGroup, luceneGroup)) in byGroup)
        {
            Console.WriteLine($"  {group,-16} engine {engineGroup.Summary()}");
            Console.WriteLine($"  {string.Empty,-16} lucene {luceneGroup.Summary()}");
            Console.WriteLine($"  {string.Empty,-16} {Ratios(engineGroup, luceneGroup)}");
        }

        Console.WriteLine("by group, against issue #11 (engine p50 ≤ 2 ms, p99 ≤ 20 ms, ≤ 1.5× Lucene):");
        Console.WriteLine("  | group | n | engine p50 / p95 / p99 / mean (ms) | Lucene p50 / p95 / p99 / mean (ms) | ratio p50 / p99 / mean |");
        foreach (var (group, (engineGroup, luceneGroup)) in byGroup)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  | {group} | {engineGroup.Count} | {Row(engineGroup)} | {Row(luceneGroup)} | {engineGroup.Milliseconds(50) / luceneGroup.Milliseconds(50):N2}× / {engineGroup.Milliseconds(99) / luceneGroup.Milliseconds(99):N2}× / {engineGroup.MeanMilliseconds / luceneGroup.MeanMilliseconds:N2}× |"));
        }

        Console.WriteLine("by kind of question (engine, then lucene):");
        foreach (var (kind, (engineKind, luceneKind)) in byKind)
        {
            Console.WriteLine($"  {kind,-16} engine {engineKind.Summary()}");
            Console.WriteLine($"  {string.Empty,-16} lucene {luceneKind.Summary()}");
            Console.WriteLine($"  {string.Empty,-16} {Ratios(engineKind, luceneKind)}");
        }

        Console.WriteLine($"slowest questions (engine median of {count / queries.Count}+ askings; lucene median):");
        foreach (var (query, (engineQuestion, luceneQuestion)) in queries.Zip(byQuestion).Where(q => q.Second.Engine.Count > 0).OrderByDescending(q => q.Second.Engine.Milliseconds(50)).Take(SlowestShown))
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {engineQuestion.Milliseconds(50),8:N2} ms  {luceneQuestion.Milliseconds(50),8:N2} ms  {query.Group,-16} {kinds[query],-16} \"{query.Text}\" → \"{query.Topic}\""));
        }

        return 0;
    }

    private static string Ratios(Latencies engine, Latencies lucene) => string.Create(
        CultureInfo.InvariantCulture,
        $"engine ÷ lucene: mean {engine.MeanMilliseconds / lucene.MeanMilliseconds:N2}×, p50 {engine.Milliseconds(50) / lucene.Milliseconds(50):N2}×, p99 {engine.Milliseconds(99) / lucene.Milliseconds(99):N2}×");

    private static string Row(Latencies times) => string.Create(
        CultureInfo.InvariantCulture,
        $"{times.Milliseconds(50):N2} / {times.Milliseconds(95):N2} / {times.Milliseconds(99):N2} / {times.MeanMilliseconds:N2}");

    private static long Time(Func<BenchQuery, ExpertMatchCount> search, BenchQuery query, params Latencies[] alsoInto)
    {
        var start = Stopwatch.GetTimestamp();
        var found = search(query);
        var elapsed = Stopwatch.GetTimestamp() - start;
        foreach (var times in alsoInto)
        {
            times.Add(elapsed);
        }

        GC.KeepAlive(found);
        return elapsed;
    }

    private readonly record struct ExpertMatchCount(int Count);
}
