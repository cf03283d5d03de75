namespace ExpertBot.Expertise;

/// <summary>
/// Who vouches for whom on which topic, as a layer apart from the evidence index: rebuilding it from all
/// endorsements is cheap, so a new endorsement counts within seconds. Self-endorsements are ignored; an
/// endorsement returned by its endorsee is halved; one from a closed group whose members endorse each other
/// is discounted by how closed the group is. Pure: no IO.
/// </summary>
internal sealed class SocialGraph
{
    private const double ReciprocalDiscount = 0.5;
    private const double ClosureDiscount = 2.0;

    private static readonly IReadOnlyDictionary<string, Vouch[]> NoEndorsees = new Dictionary<string, Vouch[]>();

    private readonly Dictionary<string, Dictionary<string, Vouch[]>> byTopic;

    internal SocialGraph(Dictionary<string, Dictionary<string, Vouch[]>> byTopic, int count)
    {
        this.byTopic = byTopic;
        Count = count;
    }

    public static SocialGraph Empty { get; } = new(new(StringComparer.Ordinal), 0);

    /// <summary>The endorsements that count (one per endorser, endorsee and topic).</summary>
    public int Count { get; }

    public static SocialGraph Build(IEnumerable<Endorsement> endorsements, TopicLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(endorsements);
        ArgumentNullException.ThrowIfNull(lexicon);

        // The latest endorsement per (topic, endorser, endorsee); a person cannot vouch for themselves.
        var latest = new Dictionary<(string Topic, string From, string To), DateTimeOffset>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in endorsements)
        {
            if (string.Equals(e.EndorserId, e.EndorseeId, StringComparison.Ordinal) || string.IsNullOrWhiteSpace(e.Topic))
            {
                continue;
            }

            if (!keys.TryGetValue(e.Topic, out var key))
            {
                keys[e.Topic] = key = lexicon.Normalise(e.Topic);
            }

            if (key.Length == 0)
            {
                continue;
            }

            var id = (key, e.EndorserId, e.EndorseeId);
            if (!latest.TryGetValue(id, out var when) || e.Timestamp > when)
            {
                latest[id] = e.Timestamp;
            }
        }

        // Any endorsement, whatever the topic, links two people: rings endorse each other across topics too.
        var links = new HashSet<(string, string)>();
        foreach (var (topic, from, to) in latest.Keys)
        {
            links.Add((from, to));
        }

        var byTopic = new Dictionary<string, Dictionary<string, Vouch[]>>(StringComparer.Ordinal);
        foreach (var topicGroup in latest.GroupBy(l => l.Key.Topic, StringComparer.Ordinal))
        {
            var endorsees = new Dictionary<string, List<(string From, DateTimeOffset When, double Discount)>>(StringComparer.Ordinal);
            foreach (var toGroup in topicGroup.GroupBy(l => l.Key.To, StringComparer.Ordinal))
            {
                var endorsers = toGroup.Select(l => l.Key.From).ToArray();
                var list = new List<(string, DateTimeOffset, double)>(endorsers.Length);
                foreach (var ((_, from, to), when) in toGroup)
                {
                    var discount = links.Contains((to, from)) ? ReciprocalDiscount : 1.0;

                    // Closure: the share of the other endorsers this endorser is linked with, either way.
                    var others = endorsers.Length - 1;
                    if (others > 0)
                    {
                        var linked = 0;
                        foreach (var other in endorsers)
                        {
                            if (!string.Equals(other, from, StringComparison.Ordinal) && (links.Contains((from, other)) || links.Contains((other, from))))
                            {
                                linked++;
                            }
                        }

                        discount /= 1 + ClosureDiscount * linked / others;
                    }

                    list.Add((from, when, discount));
                }

                endorsees[toGroup.Key] = list;
            }

            // Standing: how much credible (discounted) vouching the endorser has received on this topic.
            var received = endorsees.ToDictionary(e => e.Key, e => e.Value.Sum(v => v.Discount), StringComparer.Ordinal);
            byTopic[topicGroup.Key] = endorsees.ToDictionary(
                e => e.Key,
                e => e.Value
                    .Select(v =>
                    {
                        var standing = received.GetValueOrDefault(v.From);
                        return new Vouch(v.From, v.Discount, standing / (standing + 1), v.When);
                    })
                    .ToArray(),
                StringComparer.Ordinal);
        }

        return new SocialGraph(byTopic, latest.Count);
    }

    internal IReadOnlyDictionary<string, Dictionary<string, Vouch[]>> Topics => byTopic;

    /// <summary>Everyone vouched for on a topic key, with their vouches.</summary>
    public IReadOnlyDictionary<string, Vouch[]> ForTopic(string topicKey) =>
        byTopic.TryGetValue(topicKey, out var endorsees) ? endorsees : NoEndorsees;

    /// <summary>The vouches one person received on a topic key.</summary>
    public IReadOnlyList<Vouch> For(string topicKey, string endorseeId) =>
        byTopic.TryGetValue(topicKey, out var endorsees) && endorsees.TryGetValue(endorseeId, out var vouches) ? vouches : [];
}
