using System.Diagnostics;
using ExpertBot.Conversation;
using ExpertBot.Demo;
using ExpertBot.Evaluation;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Benchmarks;

/// <summary>
/// The organisation (generated, or read from a snapshot folder), its queries, the engine's index and the Lucene baseline's index, built once per
/// scale and engine version and kept on disk: BenchmarkDotNet runs every benchmark case in its own process,
/// and regenerating 2 M items and rebuilding both indexes in each would take most of the run.
/// </summary>
internal static class BenchData
{
    private const string QueriesFile = "queries.tsv";
    private const string EngineFile = "engine.idx";
    private const string LuceneFolder = "lucene";

    private static readonly Lazy<ExpertIndex> SharedEngineInstance = new(LoadEngine);

    public static string EnginePath => Path.Combine(BenchScale.CacheDirectory, EngineFile);

    public static string LucenePath => Path.Combine(BenchScale.CacheDirectory, LuceneFolder);

    /// <summary>
    /// The organisation measured: the snapshot folder's (people, signals, endorsements and the questions of its
    /// queries.jsonl) when <see cref="BenchScale.Snapshot"/> is set, otherwise the in-repo generator's.
    /// </summary>
    public static BenchSource Load()
    {
        var watch = Stopwatch.StartNew();
        BenchSource source;
        if (BenchScale.Snapshot is { } folder)
        {
            var organisation = SnapshotReader.ReadAsync(folder).GetAwaiter().GetResult();
            var questions = QueryFile.ReadAsync(Path.Combine(folder, BenchScale.SnapshotQueriesFile)).GetAwaiter().GetResult();
            source = new BenchSource(organisation, [.. questions.Select(q => (q.Group ?? "ungrouped", q.Text))]);
        }
        else
        {
            var generated = SyntheticOrganisation.Generate(BenchScale.Options);
            source = new BenchSource(generated.Organisation, [.. generated.Queries.Select(q => (q.Group, q.Text))]);
        }

        var read = source.Organisation;
        Log($"{(BenchScale.Snapshot is null ? "generated" : "read")} {read.People.Count:N0} people, {read.Signals.Count:N0} items, {read.Endorsements.Count:N0} endorsements, {source.Questions.Count:N0} questions in {watch.Elapsed.TotalSeconds:N1} s");
        return source;
    }

    /// <summary>Everything the benchmarks read, built where it is missing.</summary>
    public static void Prepare()
    {
        Directory.CreateDirectory(BenchScale.CacheDirectory);
        if (File.Exists(Path.Combine(BenchScale.CacheDirectory, QueriesFile)) && File.Exists(EnginePath) && Directory.Exists(LucenePath))
        {
            return;
        }

        var source = Load();
        WriteQueries(source.Questions);
        if (!File.Exists(EnginePath))
        {
            var watch = Stopwatch.StartNew();
            var index = ExpertIndex.Build(source.Organisation);
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

            LuceneBaseline.Build(source.Organisation, building);
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

    /// <summary>The query groups, in the order they first appear.</summary>
    public static IReadOnlyList<string> Groups() => [.. Queries().Select(q => q.Group).Distinct()];

    /// <summary>
    /// One loaded engine for every case of a run: the jobs run in-process (see <see cref="BenchConfig"/>), and
    /// loading the index takes half a minute at 100,000 people, which would otherwise be paid in every case.
    /// </summary>
    public static ExpertIndex SharedEngine() => SharedEngineInstance.Value;

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

    private static void WriteQueries(IReadOnlyList<(string Group, string Text)> questions)
    {
        var path = Path.Combine(BenchScale.CacheDirectory, QueriesFile);
        File.WriteAllLines(path + ".partial", questions.Select(q => $"{q.Group}\t{q.Text.ReplaceLineEndings(" ").Replace('\t', ' ')}"));
        File.Move(path + ".partial", path, overwrite: true);
    }
}
