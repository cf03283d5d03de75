using System.Globalization;
using ExpertBot.Cli;
using ExpertBot.Digest;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Evaluation;

/// <summary>
/// eval-digest --snapshot DIR --as-of DATE [--answers DIR] [--hide N] [--explain]: the weekly digest measured against
/// an OrgSim answer key. Recall of the planted risers per rising pattern, precision (featured people who are planted
/// risers on the featured topic), which decoys and gaming roles were featured, whether hidden people stay out (the
/// first N planted risers are hidden), and where search ranks each featured riser on their featured topic.
/// The digest is computed exactly as the weekly run does: the index's lexicon, the same catalogue and detector.
/// </summary>
internal static class DigestEvalCommand
{
    private const int SearchDepth = 50;
    private static readonly string[] GamingRoles = ["self-promoter", "ring-member"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var a = Arguments.Parse(args, ["--snapshot", "--as-of", "--answers", "--hide", "--set"], ["--explain"]);
        var snapshot = a.Required("--snapshot");
        if (!DateOnly.TryParseExact(a.Required("--as-of"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var week))
        {
            throw new CommandLineException("--as-of must be a date such as 2026-11-20");
        }

        var key = await DigestAnswerKey.ReadAsync(a.Optional("--answers") ?? snapshot, cancellationToken);
        var organisation = await SnapshotReader.ReadAsync(snapshot, cancellationToken);
        var started = DateTimeOffset.UtcNow;
        var index = ExpertIndex.Build(organisation, SettingsOverride.Apply(ExpertiseSettings.Default, a.Optional("--set")));
        var indexed = DateTimeOffset.UtcNow - started;
        var topics = VocabularyTopicCatalogue.Build(organisation, index.Lexicon);
        await stderr.WriteLineAsync($"index {indexed.TotalSeconds:0.0} s, topics {(DateTimeOffset.UtcNow - started - indexed).TotalSeconds:0.0} s");
        var rising = key.Planted.Where(p => DigestAnswerKey.RisingPatterns.Contains(p.Pattern)).ToArray();
        var hidden = rising.Select(r => r.PersonId).Distinct().Order(StringComparer.Ordinal).Take(a.Int("--hide", 3, 0, 1000)).ToHashSet(StringComparer.Ordinal);
        var result = RiserDetector.Detect(organisation, topics, week, hidden);
        var elapsed = DateTimeOffset.UtcNow - started;

        bool Names(int topic, string planted) =>
            key.NamesOfTopic.GetValueOrDefault(planted, [planted]).Any(n => topics.Resolve(n) == topic);

        var featured = result.Topics.SelectMany(t => t.Risers.Select(r => (PersonId: r.Person.Id, Topic: t.TopicId))).ToArray();
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{organisation.People.Count} people, {organisation.Signals.Count} items; {topics.Topics.Count} digest topics ({topics.Topics.Count(t => t.Key is not null)} the lexicon's); week ending {week:yyyy-MM-dd}; index, topics and detection {elapsed.TotalSeconds:0.0} s"));
        await stdout.WriteLineAsync($"featured {featured.Length} people on {result.Topics.Count} topics; {hidden.Count} planted risers hidden");
        await stdout.WriteLineAsync($"{"pattern",-24}{"planted",8}{"found",7}{"recall",8}{"any topic",11}");
        var hits = 0;
        foreach (var pattern in key.Planted.Select(p => p.Pattern).Distinct().Order(StringComparer.Ordinal))
        {
            var planted = key.Planted.Where(p => p.Pattern == pattern && !hidden.Contains(p.PersonId)).ToArray();
            var found = planted.Count(p => featured.Any(f => f.PersonId == p.PersonId && Names(f.Topic, p.Topic)));
            var any = planted.Count(p => featured.Any(f => f.PersonId == p.PersonId));
            await stdout.WriteLineAsync($"{pattern,-24}{planted.Length,8}{found,7}{Percent(found, planted.Length),8}{any,11}");
        }

        var visible = rising.Where(r => !hidden.Contains(r.PersonId)).ToArray();
        hits = featured.Count(f => visible.Any(r => r.PersonId == f.PersonId && Names(f.Topic, r.Topic)));
        var recalled = visible.Count(r => featured.Any(f => f.PersonId == r.PersonId && Names(f.Topic, r.Topic)));
        await stdout.WriteLineAsync($"{"all rising",-24}{visible.Length,8}{recalled,7}{Percent(recalled, visible.Length),8}");
        await stdout.WriteLineAsync($"precision: {hits} of {featured.Length} featured are planted risers on the featured topic ({Percent(hits, featured.Length).Trim()})");

        var roleOn = key.Roles.GroupBy(r => r.PersonId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var gaming = GamingRoles.Select(role => (role,
            OnTopic: featured.Count(f => roleOn.GetValueOrDefault(f.PersonId, []).Any(r => r.Role == role && Names(f.Topic, r.Topic))),
            Any: featured.Count(f => roleOn.GetValueOrDefault(f.PersonId, []).Any(r => r.Role == role)))).ToArray();
        await stdout.WriteLineAsync($"gaming featured, on the featured topic (on any topic): {string.Join(", ", gaming.Select(g => $"{g.role} {g.OnTopic} ({g.Any})"))}; hidden {featured.Count(f => hidden.Contains(f.PersonId))}");
        var others = featured.Where(f => !visible.Any(r => r.PersonId == f.PersonId && Names(f.Topic, r.Topic)))
            .Select(f => key.Planted.FirstOrDefault(p => p.PersonId == f.PersonId).Pattern
                ?? roleOn.GetValueOrDefault(f.PersonId, []).Where(r => Names(f.Topic, r.Topic)).Select(r => r.Role).FirstOrDefault()
                ?? "no role on the topic")
            .GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        await stdout.WriteLineAsync($"featured but not a planted riser on that topic: {string.Join(", ", others)}");

        var asOf = new DateTimeOffset(week.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var ranks = featured.Select(f => index.Search(new ExpertQuery(topics.Topics[f.Topic].Name, asOf, SearchDepth)).Select(m => m.Person.Id).ToList().IndexOf(f.PersonId) + 1).ToArray();
        await stdout.WriteLineAsync($"search for the featured topic ranks the riser: top 5 {ranks.Count(r => r is > 0 and <= 5)}, top 10 {ranks.Count(r => r is > 0 and <= 10)}, top {SearchDepth} {ranks.Count(r => r > 0)}, of {ranks.Length}");

        foreach (var depth in new[] { 10, 20, SearchDepth })
        {
            var kept = featured.Where((f, i) => ranks[i] is > 0 && ranks[i] <= depth).ToArray();
            var keptHits = kept.Count(f => visible.Any(r => r.PersonId == f.PersonId && Names(f.Topic, r.Topic)));
            await stdout.WriteLineAsync($"  only those search ranks in its top {depth}: {kept.Length} featured, recall {Percent(keptHits, visible.Length).Trim()}, precision {Percent(keptHits, kept.Length).Trim()}");
        }

        if (a.Has("--explain"))
        {
            var people = new Dictionary<int, HashSet<string>>();
            foreach (var item in organisation.Signals)
            {
                foreach (var (t, _, _) in topics.Match(item))
                {
                    (people.TryGetValue(t, out var set) ? set : people[t] = []).Add(item.PersonId);
                }
            }

            for (var t = 0; t < topics.Topics.Count; t++)
            {
                var v = topics.VocabularyOf(t);
                await stdout.WriteLineAsync($"topic {topics.Topics[t].Name} [{string.Join('|', topics.Topics[t].Phrases)}] key {topics.Topics[t].Key}: {people.GetValueOrDefault(t)?.Count ?? 0} people at work; {v.Count} words: {string.Join(' ', v.Take(40))}");
            }

            await ExplainAsync(stdout, organisation, topics, week, key, featured, Names);
            for (var i = 0; i < featured.Length; i++)
            {
                if (ranks[i] is 0 or > 10)
                {
                    var t = topics.Topics[featured[i].Topic];
                    var planted = key.Planted.FirstOrDefault(p => p.PersonId == featured[i].PersonId);
                    await stdout.WriteLineAsync($"search ranks {featured[i].PersonId} {(ranks[i] == 0 ? "nowhere" : $"#{ranks[i]}")} for \"{t.Name}\" [{string.Join('|', t.Phrases)}] (planted: {planted.Pattern ?? "none"} {planted.Topic})");
                }
            }
        }

        return 0;
    }

    private static async Task ExplainAsync(
        TextWriter stdout, Organisation organisation, VocabularyTopicCatalogue topics, DateOnly week, DigestAnswerKey key,
        IReadOnlyList<(string PersonId, int Topic)> featured, Func<int, string, bool> names)
    {
        var candidates = RiserDetector.Candidates(organisation, topics, week, RiserRules.Default)
            .GroupBy(c => c.PersonId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        string Describe(RiserCandidate c) => string.Create(CultureInfo.InvariantCulture,
            $"[{topics.Topics[c.Topic].Name}: recent {c.Recent:0.0} ({c.RecentItems.Count} items, {c.Days} days, {c.Weeks.Count} weeks), expected {c.Expected:0.0}, peak {c.PriorPeak:0.0}, prior items {c.PriorItems}, named {c.RecentNamed}{(c.Rises ? ", RISES" : string.Empty)}]");

        foreach (var p in key.Planted.OrderBy(p => p.Pattern, StringComparer.Ordinal))
        {
            var own = candidates.GetValueOrDefault(p.PersonId, []);
            var onTopic = own.Where(c => names(c.Topic, p.Topic)).Select(Describe);
            var rises = own.Where(c => c.Rises && !names(c.Topic, p.Topic)).Select(Describe);
            var isFeatured = featured.Any(f => f.PersonId == p.PersonId && names(f.Topic, p.Topic)) ? "FEATURED" : "-";
            await stdout.WriteLineAsync($"{p.Pattern,-22} {isFeatured,-8} {p.Topic}: {string.Join(' ', onTopic)}{(rises.Any() ? " also " + string.Join(' ', rises) : string.Empty)}");
        }

        foreach (var (personId, topic) in featured.Where(f => !key.Planted.Any(p => p.PersonId == f.PersonId && names(f.Topic, p.Topic))))
        {
            var c = candidates[personId].First(x => x.Topic == topic);
            var planted = key.Planted.Where(p => p.PersonId == personId).Select(p => $"{p.Pattern} on {p.Topic}");
            var roles = key.Roles.Where(r => r.PersonId == personId).Select(r => $"{r.Role} on {r.Topic}");
            await stdout.WriteLineAsync($"not planted: {personId} {Describe(c)} planted: {string.Join(", ", planted)}; roles: {string.Join(", ", roles)}");
        }
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole,6:0} %");
}
