using System.Diagnostics;
using System.Text.Json;
using ExpertBot.Cli;
using ExpertBot.Conversation;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Evaluation;

/// <summary>
/// eval --snapshot DIR --queries FILE [--as-of DATE] [--roles FILE] [--baseline bm25|popularity] [--lexicon on|off]
/// [--repeat N] [--set Name=Value,...]: ranking quality (NDCG@10, MAP, MRR, P@5) overall, per query group and split by whether the
/// curated lexicon knows the question's topic; query latency percentiles; with the generator's roles, how often
/// planted impostors reach the top 5.
/// </summary>
internal static class EvalCommand
{
    // Deep enough that average precision counts the relevant people a short list would leave out.
    private const int RankedDepth = 100;
    private static readonly string[] Impostors = ["self-promoter", "ring-member", "manager", "sibling-expert"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var a = Arguments.Parse(args, ["--snapshot", "--queries", "--as-of", "--roles", "--repeat", .. SettingsOverride.Options]);
        var (settings, baseline, lexiconOn) = SettingsOverride.FromArguments(a, "bm25", "popularity");
        var queries = await QueryFile.ReadAsync(a.Required("--queries"), cancellationToken);
        var organisation = await SnapshotReader.ReadAsync(a.Required("--snapshot"), cancellationToken);
        var watch = Stopwatch.StartNew();
        var index = ExpertIndex.Build(organisation, settings);
        var buildMs = watch.ElapsedMilliseconds;
        var asOf = a.Date("--as-of") ?? index.LatestTimestamp;
        var repeat = a.Int("--repeat", 1, 1, 99);
        var roles = a.Optional("--roles") is { } rolesPath ? await ReadRolesAsync(rolesPath, cancellationToken) : null;
        var popular = baseline == "popularity" ? PopularityRanking.Rank(organisation, asOf, RankedDepth) : null;

        IReadOnlyList<string> Rank(QueryLine query) => popular
            ?? [.. index.Search(new ExpertQuery(QuestionParser.TopicOf(query.Text), asOf, RankedDepth)).Select(m => m.Person.Id)];

        // Once to warm up, once timed.
        foreach (var query in queries)
        {
            Rank(query);
        }

        var rows = new List<Row>();
        var latencies = new List<double>();
        var slowest = new List<(double Ms, string Text)>();
        var impostorHits = Impostors.ToDictionary(r => r, _ => 0, StringComparer.Ordinal);
        var impostorQueries = 0;
        foreach (var query in queries)
        {
            IReadOnlyList<string> ranked = [];
            var times = new double[repeat];
            for (var r = 0; r < repeat; r++)
            {
                var start = Stopwatch.GetTimestamp();
                ranked = Rank(query);
                times[r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            // On a shared machine a single timing mostly measures the neighbours: --repeat keeps each query's median.
            Array.Sort(times);
            latencies.Add(times[repeat / 2]);
            slowest.Add((times[repeat / 2], query.Text));
            rows.Add(new Row(query.Group ?? "all", KnowsTopic(query.Text), RankingMetrics.Measure(ranked, query.Relevant)));
            if (roles is not null)
            {
                var any = false;
                foreach (var id in ranked.Take(5))
                {
                    if (!query.Relevant.ContainsKey(id) && RoleOn(roles, id, query) is { } role && impostorHits.TryGetValue(role, out var count))
                    {
                        impostorHits[role] = count + 1;
                        any = true;
                    }
                }

                impostorQueries += any ? 1 : 0;
            }
        }

        var what = baseline is null ? $"ExpertBot, curated lexicon {(lexiconOn ? "on" : "off")}" : $"baseline {baseline}";
        await stdout.WriteLineAsync($"{index.PeopleCount} people, {index.ItemCount} items, built in {buildMs} ms; {queries.Count} queries as of {asOf:yyyy-MM-dd} ({what})");
        if (baseline is null)
        {
            await stdout.WriteLineAsync(settings.CalibrateActivityPrior ? PriorLine(index.ActivityCalibration) : $"activity prior: {settings.ActivityPrior} everywhere (not calibrated)");
        }

        await stdout.WriteLineAsync($"{"group",-22}{"queries",8}{"NDCG@10",9}{"MAP",8}{"MRR",8}{"P@5",8}");
        foreach (var group in rows.GroupBy(r => r.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            await WriteRowAsync(stdout, group.Key, [.. group]);
        }

        foreach (var known in rows.GroupBy(r => r.InLexicon).OrderByDescending(g => g.Key))
        {
            await WriteRowAsync(stdout, known.Key ? "in-lexicon" : "out-of-lexicon", [.. known]);
            foreach (var group in known.GroupBy(r => r.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                await WriteRowAsync(stdout, $"  {group.Key}", [.. group]);
            }
        }

        await WriteRowAsync(stdout, "overall", [.. rows]);
        latencies.Sort();
        await stdout.WriteLineAsync($"latency ms: p50 {Percentile(latencies, 0.50):0.000}  p95 {Percentile(latencies, 0.95):0.000}  p99 {Percentile(latencies, 0.99):0.000}");
        await stdout.WriteLineAsync($"slowest: {string.Join("; ", slowest.OrderByDescending(q => q.Ms).Take(3).Select(q => $"{q.Ms:0.0} ms \"{q.Text}\""))}");
        if (roles is not null)
        {
            var slots = queries.Count * 5;
            await stdout.WriteLineAsync($"impostors in top 5 (not relevant, planted on the query's topic), of {slots} slots: {string.Join(", ", impostorHits.Select(h => $"{h.Key} {h.Value}"))}; queries affected {impostorQueries}/{queries.Count}");
        }

        return 0;
    }

    /// <summary>Whether the curated lexicon alone (not what the index learned) knows a topic the question names.</summary>
    private static bool KnowsTopic(string question) =>
        TopicLexicon.Curated.Concepts(TextAnalyzer.Terms(QuestionParser.TopicOf(question))).Any(c => c.Key is not null);

    private static string PriorLine(ActivityCalibration c) => c.Questions < ActivityCalibration.FewestQuestions
        ? $"activity prior: off ({c.Questions} answered questions in the organisation's history, fewer than {ActivityCalibration.FewestQuestions})"
        : FormattableString.Invariant($"activity prior: {(c.Applies ? "on" : "off")} ({c.Questions} newest answered questions asked again: MRR {c.WithPrior:0.000} with it, {c.Without:0.000} without)");

    private static Task WriteRowAsync(TextWriter stdout, string group, Row[] rows) =>
        stdout.WriteLineAsync($"{group,-22}{rows.Length,8}{rows.Average(r => r.Metrics.Ndcg),9:0.000}{rows.Average(r => r.Metrics.AveragePrecision),8:0.000}{rows.Average(r => r.Metrics.ReciprocalRank),8:0.000}{rows.Average(r => r.Metrics.PrecisionAt5),8:0.000}");

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>A person's planted role on the query's topic: by the query's "topic" when it has one, else by its id's first part.</summary>
    private static string? RoleOn(Dictionary<(string, string), string> roles, string personId, QueryLine query)
    {
        var topic = query.Topic is { } named ? Slug(named) : query.Id.Split(':')[0];
        return roles.TryGetValue((personId, topic), out var role) ? role : null;
    }

    private static async Task<Dictionary<(string, string), string>> ReadRolesAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CommandLineException($"roles file '{path}' does not exist");
        }

        // A set whose queries name topics by id (the OrgSim generator's catalogue.jsonl beside the roles) maps names to ids.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var catalogue = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "catalogue.jsonl");
        if (File.Exists(catalogue))
        {
            foreach (var line in await File.ReadAllLinesAsync(catalogue, cancellationToken))
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    using var entry = JsonDocument.Parse(line);
                    ids[Slug(entry.RootElement.GetProperty("english").GetString()!)] = Slug(entry.RootElement.GetProperty("id").GetString()!);
                }
            }
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
                var slug = Slug(name);
                var key = (e.GetProperty("personId").GetString()!, ids.GetValueOrDefault(slug, slug));
                var role = e.GetProperty("role").GetString()!;
                roles[key] = roles.TryGetValue(key, out var planted) ? Graver(planted, role) : role;
            }
        }

        return roles;
    }

    // A person planted twice on a topic (a ring member who is also a sibling product's expert) counts as the graver:
    // the earlier in Impostors (gaming first, a sibling product last); any impostor role before a role that is not one.
    internal static string Graver(string a, string b)
    {
        var (ra, rb) = (Array.IndexOf(Impostors, a), Array.IndexOf(Impostors, b));
        return rb >= 0 && (ra < 0 || rb < ra) ? b : a;
    }

    // Query ids start with the topic's slug: "CI/CD" → "ci-cd".
    private static string Slug(string name)
    {
        var folded = TextFolding.Fold(name);
        var chars = folded.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private sealed record Row(string Group, bool InLexicon, RankingMetrics Metrics);
}
