using BenchmarkDotNet.Attributes;
using ExpertBot.Expertise;

namespace ExpertBot.Benchmarks;

/// <summary>
/// One query, per group of the organisation's questions (the generator's, or a snapshot's queries.jsonl): the full ranking (meaning, three kinds of evidence,
/// explanations) against plain Lucene BM25 over the same items (the baseline, so the Ratio column is
/// engine ÷ Lucene). Each operation is one query; an invocation runs <see cref="PerGroup"/> different ones.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    public const int PerGroup = 16;

    private ExpertIndex engine = null!;
    private LuceneBaseline lucene = null!;
    private BenchQuery[] queries = [];
    private DateTimeOffset asOf;

    /// <summary>The groups of the questions measured: the generator's five, or a snapshot's (OrgSim has eight).</summary>
    public static IEnumerable<string> Groups => BenchData.Groups();

    [ParamsSource(nameof(Groups))]
    public string Group { get; set; } = "canonical";

    [GlobalSetup]
    public void Setup()
    {
        var inGroup = BenchData.Queries().Where(q => q.Group == Group).ToArray();
        if (inGroup.Length == 0)
        {
            throw new InvalidOperationException($"The organisation has no '{Group}' queries.");
        }

        // A fixed set of PerGroup queries, spread over the topics, repeating where the group is smaller.
        queries = [.. Enumerable.Range(0, PerGroup).Select(i => inGroup[(int)((long)i * inGroup.Length / PerGroup) % inGroup.Length])];
        engine = BenchData.SharedEngine();
        asOf = BenchScale.AsOf(engine);
        lucene = BenchData.OpenLucene();
    }

    [GlobalCleanup]
    public void Cleanup() => lucene.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = PerGroup)]
    public int LuceneBaseline()
    {
        var found = 0;
        foreach (var query in queries)
        {
            found += lucene.Search(query.Topic, BenchScale.Top).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = PerGroup)]
    public int Engine()
    {
        var found = 0;
        foreach (var query in queries)
        {
            found += engine.Search(new ExpertQuery(query.Topic, asOf, BenchScale.Top)).Count;
        }

        return found;
    }
}
