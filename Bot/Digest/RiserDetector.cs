using ExpertBot.Expertise;

namespace ExpertBot.Digest;

/// <summary>
/// Finds the people rising on each topic in the weeks before a date. Pure: the organisation, the topics and
/// the people who must not be featured go in, the digest's content comes out.
/// Only work counts: private items never count and never appear, meetings are not work, what people claim in
/// their profile plays no part, and an item naming a topic without its substance is not work on it (the topic
/// catalogue decides). Endorsements only add to real work, and an endorsement returned by its endorsee (rings,
/// cliques, "you scratch my back") counts for nothing. A person is featured on one topic: their strongest rise.
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
        ArgumentNullException.ThrowIfNull(notFeatured);
        rules ??= RiserRules.Default;
        var end = End(weekEnding);
        var windowStart = end.AddDays(-rules.RecentDays);
        var people = organisation.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var endorsements = CountingEndorsements(organisation.Endorsements, topics, people, windowStart, end);

        var best = new Dictionary<string, Riser>(StringComparer.Ordinal);
        var topicOf = new Dictionary<string, int>(StringComparer.Ordinal);

        // One topic per person. The same work often shows several (Kubernetes and AKS, a family and its member):
        // the topic the work names most often, then the strongest rise, then the narrowest topic.
        var rising = Candidates(organisation, topics, weekEnding, rules)
            .Where(c => c.Rises && !notFeatured.Contains(c.PersonId))
            .GroupBy(c => c.PersonId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(c => c.RecentNamed).ThenByDescending(c => c.Lift).ThenBy(c => topics.Topics[c.Topic].People).ThenBy(c => c.Topic).First());
        foreach (var c in rising)
        {
            var endorsed = endorsements.GetValueOrDefault((c.PersonId, c.Topic));
            var score = Math.Round((c.Lift + (rules.EndorsementWeight * endorsed)) * (c.IsNewcomer ? rules.NewcomerBonus : 1.0), 3);

            var byKind = c.RecentItems.GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var evidence = c.RecentItems
                .OrderByDescending(RiserRules.Weight).ThenByDescending(i => i.Timestamp).ThenBy(i => i.Id, StringComparer.Ordinal)
                .Take(rules.EvidencePerRiser).ToArray();
            best[c.PersonId] = new Riser(people[c.PersonId], score, c.IsNewcomer, byKind, endorsed, evidence, c.Trend);
            topicOf[c.PersonId] = c.Topic;
        }

        var weeks = Enumerable.Range(0, rules.TrendWeeks).Select(w => weekEnding.AddDays(-7 * (rules.TrendWeeks - 1 - w))).ToArray();
        var result = best.GroupBy(b => topicOf[b.Key])
            .Select(g => new TopicRisers(g.Key, topics.Topics[g.Key].Name,
                [.. g.Select(b => b.Value).OrderByDescending(x => x.Score).ThenBy(x => x.Person.Id, StringComparer.Ordinal).Take(rules.RisersPerTopic)], weeks))
            .OrderByDescending(t => t.Risers[0].Score).ThenBy(t => t.Topic, StringComparer.Ordinal)
            .ToArray();
        return new DigestResult(weekEnding, result);
    }

    /// <summary>Every person's work on every topic they worked on before the week's end, judged by the rules.</summary>
    internal static IReadOnlyCollection<RiserCandidate> Candidates(Organisation organisation, ITopicCatalogue topics, DateOnly weekEnding, RiserRules rules)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(topics);
        var end = End(weekEnding);
        var windowStart = end.AddDays(-rules.RecentDays);
        var trendStart = end.AddDays(-7 * rules.TrendWeeks);
        var people = organisation.People.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var stats = new Dictionary<(string Person, int Topic), RiserCandidate>();
        foreach (var item in organisation.Signals)
        {
            if (item.Visibility == Visibility.Private || item.Timestamp >= end || !people.Contains(item.PersonId))
            {
                continue;
            }

            var matched = topics.Match(item);
            if (matched.Count == 0)
            {
                continue;
            }

            var weight = RiserRules.Weight(item);
            var daysBefore = (end - item.Timestamp).TotalDays;
            foreach (var (topic, named, _) in matched)
            {
                if (!stats.TryGetValue((item.PersonId, topic), out var s))
                {
                    stats[(item.PersonId, topic)] = s = new RiserCandidate(item.PersonId, topic, rules.TrendWeeks, rules.HistoryDays / 7);
                }

                if (item.Timestamp >= windowStart)
                {
                    s.AddRecent(item, weight, (int)daysBefore, (int)(daysBefore / 7), rules.DayCap, named);
                }
                else
                {
                    s.AddPrior(item, weight, (int)((windowStart - item.Timestamp).TotalDays / 7));
                }

                if (item.Timestamp >= trendStart)
                {
                    s.Trend[Math.Clamp(rules.TrendWeeks - 1 - (int)(daysBefore / 7), 0, rules.TrendWeeks - 1)]++;
                }
            }
        }

        foreach (var s in stats.Values)
        {
            s.Judge(rules);
        }

        return stats.Values;
    }

    private static DateTimeOffset End(DateOnly weekEnding) => new(weekEnding.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

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
}
