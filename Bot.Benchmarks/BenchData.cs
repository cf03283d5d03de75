using System.Diagnostics;
using ExpertBot.Conversation;
using ExpertBot.Demo;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Benchmarks;

/// <summary>
/// The generated organisation, its queries, the engine's index and the Lucene baseline's index, built once per
/// scale and engine version and kept on disk: BenchmarkDotNet runs every benchmark case in its own process,
/// and regenerating 2 M items and rebuilding both indexes in each would take most of the run.
/// </summary>
internal static class BenchData
{
    private const string QueriesFile = "queries.tsv";
    private const string EngineFile = "engine.idx";
    private const string LuceneFolder = "lucene";

    public static string EnginePath => Path.Combine(BenchScale.CacheDirectory, EngineFile);

    public static string LucenePath => Path.Combine(BenchScale.CacheDirectory, LuceneFolder);

    public static SyntheticOrganisationResult Generate()
    {
        var watch = Stopwatch.StartNew();
        var result = SyntheticOrganisation.Generate(BenchScale.Options);
        Log($"generated {result.Organisation.People.Count:N0} people, {result.Organisation.Signals.Count:N0} items, {result.Organisation.Endorsements.Count:N0} endorsements in {watch.Elapsed.TotalSeconds:N1} s");
        return result;
    }

    /// <summary>Everything the benchmarks read, built where it is missing.</summary>
    public static void Prepare()
    {
        Directory.CreateDirectory(BenchScale.CacheDirectory);
        if (File.Exists(Path.Combine(BenchScale.CacheDirectory, QueriesFile)) && File.Exists(EnginePath) && Directory.Exists(LucenePath))
        {
            return;
        }

        var generated = Generate();
        WriteQueries(generated.Queries);
        if (!File.Exists(EnginePath))
        {
            var watch = Stopwatch.StartNew();
            var index = ExpertIndex.Build(generated.Organisation);
            Log($"built the engine's index in {watch.Elapsed.TotalSeconds:N1} s");
            SaveEngine(index, EnginePath);
        }

        if (!Directory.Exists(LucenePath))
        {
            var watch = Stopwatch.StartNew();
            var building = LucenePath + ".building";
            if (Directory.Exists(building))
            {
                Directory.Delete(building, recursive: true);
            }

            LuceneBaseline.Build(generated.Organisation, building);
            Directory.Move(building, LucenePath);
            Log($"built the Lucene index in {watch.Elapsed.TotalSeconds:N1} s");
        }
    }

    public static IReadOnlyList<BenchQuery> Queries()
    {
        Prepare();
        return [.. File.ReadLines(Path.Combine(BenchScale.CacheDirectory, QueriesFile))
            .Select(line => line.Split('\t'))
            .Select(f => new BenchQuery(f[0], f[1], QuestionParser.TopicOf(f[1])))];
    }

    public static ExpertIndex LoadEngine()
    {
        Prepare();
        using var stream = File.OpenRead(EnginePath);
        return ExpertIndexStore.LoadAsync(stream).GetAwaiter().GetResult();
    }

    public static LuceneBaseline OpenLucene()
    {
        Prepare();
        return LuceneBaseline.Open(LucenePath);
    }

    public static void SaveEngine(ExpertIndex index, string path)
    {
        var partial = path + ".partial";
        using (var stream = File.Create(partial))
        {
            ExpertIndexStore.SaveAsync(index, stream).GetAwaiter().GetResult();
        }

        File.Move(partial, path, overwrite: true);
    }

    public static void Log(string message) => Console.Error.WriteLine($"// bench: {message}");

    private static void WriteQueries(IReadOnlyList<BenchmarkQuery> queries)
    {
        var path = Path.Combine(BenchScale.CacheDirectory, QueriesFile);
        File.WriteAllLines(path + ".partial", queries.Select(q => $"{q.Group}\t{q.Text.ReplaceLineEndings(" ").Replace('\t', ' ')}"));
        File.Move(path + ".partial", path, overwrite: true);
    }
}
