using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ExpertBot.Expertise;

/// <summary>
/// What colleagues vouch for a query's topic: each endorsee's vouch mass, every endorser weighed by what their own
/// work shows on the topic (their exact "shows", asked of the query) and by the social graph's reciprocity and
/// clique discounts. Topics of a graph are resolved to index positions once and cached per graph.
/// </summary>
internal sealed class VouchScoring(Dictionary<string, int> personIndex, TopicLexicon lexicon)
{
    // An endorser's credibility on the topic: a floor, most of it from what their own work shows on the
    // very topic, a little from what others vouch of them (standing, already discounted for rings).
    private const double CredibilityFloor = 0.2;
    private const double CredibilityFromWork = 0.6;
    private const double CredibilityFromStanding = 0.2;

    // A social graph's topics with people as positions in this index, resolved once per graph and topic.
    private readonly ConditionalWeakTable<SocialGraph, ConcurrentDictionary<string, ResolvedTopic>> resolvedTopics = [];

    /// <summary>
    /// Each endorsee's vouch mass for the query's topic, in scratch.VouchMass: the sum over distinct endorsers of
    /// credibility times the reciprocity/clique discount (an endorser found under several of the topic's keys
    /// counts once, at their best). Diminishing returns are applied on the mass when scoring. Returns the topic's
    /// resolved keys, for <see cref="EndorsersOf"/>.
    /// </summary>
    public List<ResolvedTopic> Vouches(ExpertQuery query, SocialGraph social, IReadOnlyList<QueryConcept> concepts, QueryScratch scratch, float reference, Action<int> ensureExact)
    {
        var topics = new List<ResolvedTopic>();
        if (social.Count == 0)
        {
            return topics;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal) { lexicon.Normalise(query.Topic) };
        foreach (var concept in concepts)
        {
            if (concept.Key is not null)
            {
                keys.Add(concept.Key);
            }
        }

        var byKey = resolvedTopics.GetValue(social, static _ => new ConcurrentDictionary<string, ResolvedTopic>(StringComparer.Ordinal));
        foreach (var key in keys)
        {
            topics.Add(byKey.GetOrAdd(key, k => Resolve(social, k)));
        }

        // An endorser's credibility weighs what their own work shows on the topic: exactly, for each endorser.
        foreach (var topic in topics)
        {
            foreach (var endorser in topic.Endorsers)
            {
                if (endorser >= 0)
                {
                    ensureExact(endorser);
                }
            }
        }

        var asOf = query.AsOf.UtcTicks;
        for (var t = 0; t < topics.Count; t++)
        {
            var topic = topics[t];
            for (var e = 0; e < topic.Endorsees.Length; e++)
            {
                var endorsee = topic.Endorsees[e];
                for (var v = topic.Offsets[e]; v < topic.Offsets[e + 1]; v++)
                {
                    var value = Value(topic, v, endorsee, asOf, scratch, reference);
                    if (value <= 0)
                    {
                        continue;
                    }

                    // Under an earlier key already: only what this one adds to the endorser's best counts.
                    var earlier = 0.0;
                    for (var u = 0; u < t; u++)
                    {
                        earlier = Math.Max(earlier, Value(topics[u], topics[u].Find(endorsee, topic.EndorserIds[v]), endorsee, asOf, scratch, reference));
                    }

                    if (value <= earlier)
                    {
                        continue;
                    }

                    if (scratch.VouchMass[endorsee] == 0)
                    {
                        scratch.Vouched[scratch.VouchedCount++] = endorsee;
                    }

                    scratch.VouchMass[endorsee] += value - earlier;
                }
            }
        }

        return topics;
    }

    /// <summary>Who vouches for a person on the query's topic, each at their best value: for the explanation.</summary>
    public static Dictionary<string, double> EndorsersOf(int person, List<ResolvedTopic> topics, ExpertQuery query, QueryScratch scratch, float reference)
    {
        var endorsers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            if (!topic.Positions.TryGetValue(person, out var e))
            {
                continue;
            }

            for (var v = topic.Offsets[e]; v < topic.Offsets[e + 1]; v++)
            {
                var value = Value(topic, v, person, query.AsOf.UtcTicks, scratch, reference);
                if (value > 0)
                {
                    endorsers[topic.EndorserIds[v]] = Math.Max(endorsers.GetValueOrDefault(topic.EndorserIds[v]), value);
                }
            }
        }

        return endorsers;
    }

    // 0 for no vouch: a self-endorsement, one given after the moment of the question, or no such endorsement.
    private static double Value(ResolvedTopic topic, int v, int endorsee, long asOf, QueryScratch scratch, float reference)
    {
        if (v < 0 || topic.Endorsers[v] == endorsee || topic.Ticks[v] > asOf)
        {
            return 0;
        }

        var shows = topic.Endorsers[v] >= 0 ? scratch.Shows[topic.Endorsers[v]] : 0f;
        var knows = shows / (shows + 0.5 * reference);
        var credibility = CredibilityFloor + CredibilityFromWork * knows + CredibilityFromStanding * topic.Standings[v];
        return credibility * topic.Discounts[v];
    }

    private ResolvedTopic Resolve(SocialGraph social, string key)
    {
        var endorsees = new List<int>();
        var offsets = new List<int> { 0 };
        var endorsers = new List<int>();
        var endorserIds = new List<string>();
        var discounts = new List<double>();
        var standings = new List<double>();
        var ticks = new List<long>();
        foreach (var (endorseeId, vouches) in social.ForTopic(key))
        {
            if (!personIndex.TryGetValue(endorseeId, out var endorsee))
            {
                continue;
            }

            foreach (var vouch in vouches)
            {
                if (string.Equals(vouch.EndorserId, endorseeId, StringComparison.Ordinal))
                {
                    continue;
                }

                endorsers.Add(personIndex.TryGetValue(vouch.EndorserId, out var endorser) ? endorser : -1);
                endorserIds.Add(vouch.EndorserId);
                discounts.Add(vouch.Discount);
                standings.Add(vouch.EndorserStanding);
                ticks.Add(vouch.Timestamp.UtcTicks);
            }

            endorsees.Add(endorsee);
            offsets.Add(endorsers.Count);
        }

        return new ResolvedTopic([.. endorsees], [.. offsets], [.. endorsers], [.. endorserIds], [.. discounts], [.. standings], [.. ticks]);
    }

    /// <summary>One topic's endorsements with people as positions: endorsee e's vouches are Offsets[e]..Offsets[e + 1].</summary>
    internal sealed class ResolvedTopic(int[] endorsees, int[] offsets, int[] endorsers, string[] endorserIds, double[] discounts, double[] standings, long[] ticks)
    {
        public int[] Endorsees { get; } = endorsees;
        public int[] Offsets { get; } = offsets;
        public int[] Endorsers { get; } = endorsers;
        public string[] EndorserIds { get; } = endorserIds;
        public double[] Discounts { get; } = discounts;
        public double[] Standings { get; } = standings;
        public long[] Ticks { get; } = ticks;
        public Dictionary<int, int> Positions { get; } = endorsees.Select((p, e) => (p, e)).ToDictionary(x => x.p, x => x.e);

        /// <summary>The vouch of an endorser for an endorsee under this topic, or -1.</summary>
        public int Find(int endorsee, string endorserId)
        {
            if (!Positions.TryGetValue(endorsee, out var e))
            {
                return -1;
            }

            for (var v = Offsets[e]; v < Offsets[e + 1]; v++)
            {
                if (string.Equals(EndorserIds[v], endorserId, StringComparison.Ordinal))
                {
                    return v;
                }
            }

            return -1;
        }
    }
}
