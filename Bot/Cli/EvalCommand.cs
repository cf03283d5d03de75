using System.Diagnostics;
using System.Text.Json;
using ExpertBot.Conversation;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Cli;

/// <summary>
/// eval --snapshot DIR --queries FILE [--as-of DATE] [--roles FILE] [--baseline]: ranking quality (NDCG@10,
/// MAP, MRR, P@5, overall and per query group), query latency percentiles and, given the generator's
/// roles.jsonl, how often planted impostors reach the top 5.
/// </summary>
internal static class EvalCommand
{
    private const int Depth = 10;
    private static readonly string[] Impostors = ["self-promoter", "ring-member", "manager"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var a = Arguments.Parse(args, ["--snapshot", "--queries", "--as-of", "--roles"], ["--baseline"]);
        var queries = await QueryFile.ReadAsync(a.Required("--queries"), cancellationToken);
        var organisation = await SnapshotReader.ReadAsync(a.Required("--snapshot"), cancellationToken);
        var settings = a.Has("--baseline") ? ExpertiseSettings.Baseline : ExpertiseSettings.Default;
        var watch = Stopwatch.StartNew();
        var index = ExpertIndex.Build(organisation, settings);
        var buildMs = watch.ElapsedMilliseconds;
        var asOf = a.Date("--as-of") ?? index.LatestTimestamp;
        var roles = a.Optional("--roles") is { } rolesPath ? await ReadRolesAsync(rolesPath, cancellationToken) : null;

        // Once to warm up, once timed.
        foreach (var query in queries)
        {
            index.Search(new ExpertQuery(QuestionParser.TopicOf(query.Text), asOf, Depth));
        }

        var rows = new List<(string Group, Metrics Metrics)>();
        var latencies = new List<double>();
        var impostorHits = Impostors.ToDictionary(r => r, _ => 0, StringComparer.Ordinal);
        var impostorQueries = 0;
        foreach (var query in queries)
        {
            var start = Stopwatch.GetTimestamp();
            var matches = index.Search(new ExpertQuery(QuestionParser.TopicOf(query.Text), asOf, Depth));
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var ranked = matches.Select(m => m.Person.Id).ToArray();
            rows.Add((query.Group ?? "all", Measure(ranked, query.Relevant)));
            if (roles is not null)
            {
                var topic = query.Id.Split(':')[0];
                var any = false;
                foreach (var id in ranked.Take(5))
                {
                    if (!query.Relevant.ContainsKey(id) && roles.TryGetValue((id, topic), out var role) && impostorHits.TryGetValue(role, out var count))
                    {
                        impostorHits[role] = count + 1;
                        any = true;
                    }
                }

                impostorQueries += any ? 1 : 0;
            }
        }

        await stdout.WriteLineAsync($"{index.PeopleCount} people, {index.ItemCount} items, built in {buildMs} ms; {queries.Count} queries as of {asOf:yyyy-MM-dd}{(a.Has("--baseline") ? " (baseline)" : string.Empty)}");
        await stdout.WriteLineAsync($"{"group",-14}{"queries",8}{"NDCG@10",9}{"MAP",8}{"MRR",8}{"P@5",8}");
        foreach (var group in rows.GroupBy(r => r.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            await WriteRowAsync(stdout, group.Key, [.. group.Select(r => r.Metrics)]);
        }

        await WriteRowAsync(stdout, "overall", [.. rows.Select(r => r.Metrics)]);
        latencies.Sort();
        await stdout.WriteLineAsync($"latency ms: p50 {Percentile(latencies, 0.50):0.000}  p95 {Percentile(latencies, 0.95):0.000}  p99 {Percentile(latencies, 0.99):0.000}");
        if (roles is not null)
        {
            await stdout.WriteLineAsync($"impostors in top 5 (not relevant, planted on the query's topic): {string.Join(", ", impostorHits.Select(h => $"{h.Key} {h.Value}"))}; queries affected {impostorQueries}/{queries.Count}");
        }

        return 0;
    }

    private static Task WriteRowAsync(TextWriter stdout, string group, Metrics[] metrics) =>
        stdout.WriteLineAsync($"{group,-14}{metrics.Length,8}{metrics.Average(m => m.Ndcg),9:0.000}{metrics.Average(m => m.AveragePrecision),8:0.000}{metrics.Average(m => m.ReciprocalRank),8:0.000}{metrics.Average(m => m.PrecisionAt5),8:0.000}");

    /// <summary>Graded NDCG@10 (gain 2^grade − 1), average precision (grade &gt; 0 is relevant), reciprocal rank, precision at 5.</summary>
    internal static Metrics Measure(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant)
    {
        double dcg = 0, hits = 0, precisionSum = 0, reciprocal = 0, top5 = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            var grade = relevant.GetValueOrDefault(ranked[i]);
            if (grade <= 0)
            {
                continue;
            }

            if (i < Depth)
            {
                dcg += (Math.Pow(2, grade) - 1) / Math.Log2(i + 2);
            }

            hits++;
            precisionSum += hits / (i + 1);
            reciprocal = reciprocal == 0 ? 1.0 / (i + 1) : reciprocal;
            top5 += i < 5 ? 1 : 0;
        }

        var ideal = relevant.Values.Where(g => g > 0).OrderByDescending(g => g).Take(Depth).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        var relevantCount = relevant.Values.Count(g => g > 0);
        return new Metrics(
            ideal > 0 ? dcg / ideal : 0,
            relevantCount > 0 ? precisionSum / Math.Min(relevantCount, Depth) : 0,
            reciprocal,
            top5 / 5);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task<Dictionary<(string, string), string>> ReadRolesAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CommandLineException($"roles file '{path}' does not exist");
        }

        var roles = new Dictionary<(string, string), string>();
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            if (e.TryGetProperty("topic", out var topic) && topic.GetString() is { } name)
            {
                roles[(e.GetProperty("personId").GetString()!, Slug(name))] = e.GetProperty("role").GetString()!;
            }
        }

        return roles;
    }

    // The generator's query ids start with the topic's slug: "CI/CD" → "ci-cd".
    private static string Slug(string name)
    {
        var folded = TextAnalyzer.Fold(name);
        var chars = folded.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    internal readonly record struct Metrics(double Ndcg, double AveragePrecision, double ReciprocalRank, double PrecisionAt5);
}
