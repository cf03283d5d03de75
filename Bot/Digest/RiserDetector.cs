using ExpertBot.Expertise;

namespace ExpertBot.Digest;

/// <summary>
/// Finds the people rising on each topic in the weeks before a date. Pure: the organisation, the topics and
/// the people who must not be featured go in, the digest's content comes out.
/// Private items never count and never appear; meetings weigh little and never count as items of work;
/// what people claim in their profile plays no part; endorsements only add to real work, and an
/// endorsement returned by its endorsee (rings, cliques, "you scratch my back") counts for nothing.
/// </summary>
internal static class RiserDetector
{
    public static DigestResult Detect(
        Organisation organisation,
        ITopicCatalogue topics,
        DateOnly weekEnding,
        IReadOnlySet<string> notFeatured,
        RiserRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(notFeatured);
        rules ??= RiserRules.Default;

        var end = new DateTimeOffset(weekEnding.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var windowStart = end.AddDays(-rules.RecentDays);
        var baselineStart = windowStart.AddDays(-rules.BaselineDays);
        var historyStart = windowStart.AddDays(-rules.TopicHistoryDays);
        var trendStart = end.AddDays(-7 * rules.TrendWeeks);
        var people = organisation.People.ToDictionary(p => p.Id, StringComparer.Ordinal);

        var stats = new Dictionary<(string Person, int Topic), Stats>();
        var topicHistory = new double[topics.Topics.Count];
        var topicHistoryPeople = new HashSet<(string, int)>();
        foreach (var item in organisation.Signals)
        {
            if (item.Visibility == Visibility.Private || item.Timestamp >= end || !people.ContainsKey(item.PersonId))
            {
                continue;
            }

            var weight = RiserRules.Weight(item.Kind);
            foreach (var topic in topics.Match(item))
            {
                var key = (item.PersonId, topic);
                if (!stats.TryGetValue(key, out var s))
                {
                    stats[key] = s = new Stats(rules.TrendWeeks);
                }

                if (item.Timestamp >= windowStart)
                {
                    s.RecentWeight += weight;
                    if (item.Kind != EvidenceKinds.Meeting)
                    {
                        s.Recent.Add(item);
                        s.Weeks.Add((int)((end - item.Timestamp).TotalDays / 7));
                    }
                }
                else if (item.Timestamp >= baselineStart)
                {
                    s.BaselineWeight += weight;
                }
                else
                {
                    s.EarlierWeight += weight;
                }

                if (item.Timestamp >= trendStart && item.Kind != EvidenceKinds.Meeting)
                {
                    s.Trend[rules.TrendWeeks - 1 - (int)((end - item.Timestamp).TotalDays / 7)]++;
                }

                if (item.Timestamp < windowStart && item.Timestamp >= historyStart)
                {
                    topicHistory[topic] += weight;
                    topicHistoryPeople.Add(key);
                }
            }
        }

        // The topic's usual activity: what an active person produces on it in a window of this length.
        var windows = (double)rules.TopicHistoryDays / rules.RecentDays;
        var activePeople = topicHistoryPeople.GroupBy(k => k.Item2).ToDictionary(g => g.Key, g => g.Count());
        double Usual(int topic) => activePeople.TryGetValue(topic, out var n) && n > 0 ? topicHistory[topic] / n / windows : 0;

        var endorsements = CountingEndorsements(organisation.Endorsements, topics, people, windowStart, end);
        var risers = new Dictionary<int, List<Riser>>();
        foreach (var ((personId, topic), s) in stats)
        {
            if (notFeatured.Contains(personId) || s.Recent.Count < rules.MinItems || s.Weeks.Count < rules.MinWeeks)
            {
                continue;
            }

            var expected = Math.Max(s.BaselineWeight * rules.RecentDays / rules.BaselineDays, Usual(topic));
            var lift = s.RecentWeight - expected;
            var isNew = s.BaselineWeight == 0 && s.EarlierWeight == 0;
            if (lift < (isNew ? rules.MinLift : rules.EstablishedMinLift) || s.RecentWeight < rules.MinRatio * expected)
            {
                continue;
            }

            var endorsed = endorsements.GetValueOrDefault((personId, topic));
            var score = (lift + (rules.EndorsementWeight * endorsed)) * (isNew ? rules.NewcomerBonus : 1.0);
            var byKind = s.Recent.GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var evidence = s.Recent
                .OrderByDescending(i => RiserRules.Weight(i.Kind)).ThenByDescending(i => i.Timestamp).ThenBy(i => i.Id, StringComparer.Ordinal)
                .Take(rules.EvidencePerRiser).ToArray();
            if (!risers.TryGetValue(topic, out var list))
            {
                risers[topic] = list = [];
            }

            list.Add(new Riser(people[personId], Math.Round(score, 3), isNew, byKind, endorsed, evidence, s.Trend));
        }

        var weeks = Enumerable.Range(0, rules.TrendWeeks).Select(w => weekEnding.AddDays(-7 * (rules.TrendWeeks - 1 - w))).ToArray();
        var result = risers
            .Select(r => new TopicRisers(r.Key, topics.Topics[r.Key].Name,
                [.. r.Value.OrderByDescending(x => x.Score).ThenBy(x => x.Person.Id, StringComparer.Ordinal).Take(rules.RisersPerTopic)], weeks))
            .OrderByDescending(t => t.Risers[0].Score).ThenBy(t => t.Topic, StringComparer.Ordinal)
            .ToArray();
        return new DigestResult(weekEnding, result);
    }

    /// <summary>
    /// Endorsements given in the window that count: not to oneself, from someone the endorsee has not
    /// endorsed back (on anything, ever). A closed ring vouches only for its own members, so it counts for nothing.
    /// </summary>
    private static Dictionary<(string, int), int> CountingEndorsements(
        IReadOnlyList<Endorsement> all, ITopicCatalogue topics, Dictionary<string, Person> people, DateTimeOffset from, DateTimeOffset to)
    {
        var given = all.Select(e => (e.EndorserId, e.EndorseeId)).ToHashSet();
        var counted = new Dictionary<(string, int), int>();
        var seen = new HashSet<(string, string, int)>();
        foreach (var e in all)
        {
            if (e.Timestamp < from || e.Timestamp >= to || e.EndorserId == e.EndorseeId
                || !people.ContainsKey(e.EndorserId) || given.Contains((e.EndorseeId, e.EndorserId))
                || topics.Resolve(e.Topic) is not { } topic || !seen.Add((e.EndorserId, e.EndorseeId, topic)))
            {
                continue;
            }

            counted[(e.EndorseeId, topic)] = counted.GetValueOrDefault((e.EndorseeId, topic)) + 1;
        }

        return counted;
    }

    private sealed class Stats(int trendWeeks)
    {
        public double RecentWeight;
        public double BaselineWeight;
        public double EarlierWeight;
        public readonly List<EvidenceItem> Recent = [];
        public readonly HashSet<int> Weeks = [];
        public readonly int[] Trend = new int[trendWeeks];
    }
}
