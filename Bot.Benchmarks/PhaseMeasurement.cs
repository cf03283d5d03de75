using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using ExpertBot.Expertise;

namespace ExpertBot.Benchmarks;

/// <summary>
/// --measure-phases: where a query's time goes, for the engine's owner. Re-runs the first phases of
/// ExpertIndex.Search through its internal parts (analysis and lexicon, BM25 over the items field, over the
/// declared field) and attributes the rest of a full Search (recency, per-person aggregation, vouches,
/// candidates, explanations) by difference. Also counts the postings each query reads.
/// </summary>
internal static class PhaseMeasurement
{
    private const int Rounds = 5;

    public static int Run()
    {
        MachineInfo.Describe();
        var queries = BenchData.Queries();
        var index = BenchData.LoadEngine();
        var items = new ConceptScorer(index.ItemCount);
        var declared = new ConceptScorer(index.PeopleCount);
        var analyse = new Latencies();
        var itemsTime = new Latencies();
        var declaredTime = new Latencies();
        var total = new Latencies();
        long postings = 0, touched = 0, forms = 0, measured = 0;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                var terms = TextAnalyzer.Terms(query.Topic);
                var concepts = index.Lexicon.Concepts(terms);
                var analysed = Stopwatch.GetTimestamp();
                items.Score(index.ItemField, concepts);
                var scoredItems = Stopwatch.GetTimestamp();
                declared.Score(index.DeclaredField, concepts);
                var scoredDeclared = Stopwatch.GetTimestamp();
                var itemsTouched = items.TouchedCount;
                items.Clear();
                declared.Clear();

                var searchStart = Stopwatch.GetTimestamp();
                index.Search(new ExpertQuery(query.Topic, BenchScale.AsOf, BenchScale.Top));
                var searched = Stopwatch.GetTimestamp();
                if (round == 0)
                {
                    // The first round warms up; the rest are measured.
                    continue;
                }

                analyse.Add(analysed - start);
                itemsTime.Add(scoredItems - analysed);
                declaredTime.Add(scoredDeclared - scoredItems);
                total.Add(searched - searchStart);
                measured++;
                touched += itemsTouched;
                foreach (var concept in concepts)
                {
                    foreach (var form in concept.Alternatives)
                    {
                        forms++;
                        foreach (var term in form)
                        {
                            postings += index.ItemField.TryGet(term, out var from, out var to) ? to - from : 0;
                        }
                    }
                }
            }
        }

        var (shows, vouches, candidates) = Private(index, queries);
        var rest = total.MeanMilliseconds - analyse.MeanMilliseconds - itemsTime.MeanMilliseconds - declaredTime.MeanMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"per query, mean over {measured} queries after a warm-up round:"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  forms (alternatives) searched {(double)forms / measured,10:N1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  item postings read            {(double)postings / measured,10:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  items scored (touched)        {(double)touched / measured,10:N0}"));
        Console.WriteLine($"  analysis + lexicon            {analyse.Summary()}");
        Console.WriteLine($"  BM25, items field             {itemsTime.Summary()}");
        Console.WriteLine($"  BM25, declared field          {declaredTime.Summary()}");
        Console.WriteLine($"  full Search                   {total.Summary()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  the rest of Search (recency, aggregation, vouches, candidates, explanations) ≈ {rest:N3} ms mean"));
        Console.WriteLine("the engine's private phases, called by reflection (same order as Search):");
        Console.WriteLine($"  ScoreShows (items BM25 + recency + per-person aggregation) {shows.Summary()}");
        Console.WriteLine($"  Vouches                                                    {vouches.Summary()}");
        Console.WriteLine($"  Candidates (top-N heap over every matching person)         {candidates.Summary()}");
        return 0;
    }

    // The private steps of ExpertIndex.Search, timed one by one; nothing here changes the engine.
    private static (Latencies Shows, Latencies Vouches, Latencies Candidates) Private(ExpertIndex index, IReadOnlyList<BenchQuery> queries)
    {
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic;
        var type = typeof(ExpertIndex);
        var rent = type.GetMethod("Rent", Flags)!;
        var giveBack = type.GetMethod("Return", Flags)!;
        var clean = type.GetMethod("Clean", Flags)!;
        var scoreShows = type.GetMethod("ScoreShows", Flags)!;
        var vouchesOf = type.GetMethod("Vouches", Flags)!;
        var candidatesOf = type.GetMethod("Candidates", Flags)!;
        var declaredOf = type.GetNestedType("Scratch", BindingFlags.NonPublic)!.GetProperty("Declared")!;
        var shows = new Latencies();
        var vouches = new Latencies();
        var candidates = new Latencies();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var query in queries)
            {
                var expertQuery = new ExpertQuery(query.Topic, BenchScale.AsOf, BenchScale.Top);
                var terms = TextAnalyzer.Terms(query.Topic);
                if (terms.Count == 0)
                {
                    continue;
                }

                var concepts = index.Lexicon.Concepts(terms);
                var scratch = rent.Invoke(index, null)!;
                var start = Stopwatch.GetTimestamp();
                var reference = (float)scoreShows.Invoke(index, [concepts, expertQuery.AsOf, scratch])!;
                var scored = Stopwatch.GetTimestamp();
                var declared = ((ConceptScorer)declaredOf.GetValue(scratch)!).Score(index.DeclaredField, concepts);
                if (reference <= 0)
                {
                    reference = declared > 0 ? declared : 1f;
                }

                var afterDeclared = Stopwatch.GetTimestamp();
                var tallies = vouchesOf.Invoke(index, [expertQuery, concepts, scratch, reference]);
                var vouched = Stopwatch.GetTimestamp();
                candidatesOf.Invoke(index, [expertQuery, scratch, tallies, reference]);
                var offered = Stopwatch.GetTimestamp();
                clean.Invoke(null, [scratch]);
                giveBack.Invoke(index, [scratch]);
                if (round > 0)
                {
                    shows.Add(scored - start);
                    vouches.Add(vouched - afterDeclared);
                    candidates.Add(offered - vouched);
                }
            }
        }

        return (shows, vouches, candidates);
    }
}
