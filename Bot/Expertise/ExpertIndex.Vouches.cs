namespace ExpertBot.Expertise;

internal sealed partial class ExpertIndex
{
    // An endorser's credibility on the topic: a floor, most of it from what their own work shows on the
    // very topic, a little from what others vouch of them (standing, already discounted for rings).
    private const double CredibilityFloor = 0.2;
    private const double CredibilityFromWork = 0.6;
    private const double CredibilityFromStanding = 0.2;

    /// <summary>
    /// Each endorsee's vouch mass for the query's topic: the sum over distinct endorsers of credibility times
    /// the reciprocity/clique discount. Diminishing returns are applied on the mass when scoring.
    /// </summary>
    private Dictionary<int, VouchTally> Vouches(ExpertQuery query, IReadOnlyList<QueryConcept> concepts, Scratch scratch, float reference)
    {
        var social = query.Social ?? Social;
        var tallies = new Dictionary<int, VouchTally>();
        if (social.Count == 0)
        {
            return tallies;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal) { Lexicon.Normalise(query.Topic) };
        foreach (var concept in concepts)
        {
            if (concept.Key is not null)
            {
                keys.Add(concept.Key);
            }
        }

        foreach (var key in keys)
        {
            foreach (var (endorseeId, vouches) in social.ForTopic(key))
            {
                if (!personIndex.TryGetValue(endorseeId, out var endorsee))
                {
                    continue;
                }

                if (!tallies.TryGetValue(endorsee, out var tally))
                {
                    tallies[endorsee] = tally = new VouchTally();
                }

                foreach (var vouch in vouches)
                {
                    if (string.Equals(vouch.EndorserId, endorseeId, StringComparison.Ordinal) || vouch.Timestamp > query.AsOf)
                    {
                        continue;
                    }

                    var shows = personIndex.TryGetValue(vouch.EndorserId, out var endorser) ? scratch.Shows[endorser] : 0f;
                    var knows = shows / (shows + 0.5 * reference);
                    var credibility = CredibilityFloor + CredibilityFromWork * knows + CredibilityFromStanding * vouch.EndorserStanding;
                    var value = credibility * vouch.Discount;
                    tally.Endorsers[vouch.EndorserId] = Math.Max(tally.Endorsers.GetValueOrDefault(vouch.EndorserId), value);
                }
            }
        }

        foreach (var (endorsee, tally) in tallies)
        {
            foreach (var value in tally.Endorsers.Values)
            {
                tally.Mass += value;
            }

            if (tally.Endorsers.Count == 0)
            {
                tallies.Remove(endorsee);
            }
        }

        return tallies;
    }

    private sealed class VouchTally
    {
        public Dictionary<string, double> Endorsers { get; } = new(StringComparer.Ordinal);

        public double Mass { get; set; }
    }
}
