using System.Runtime.CompilerServices;

namespace ExpertBot.Expertise;

/// <summary>
/// What a person's work shows on a query's concepts: every matching item weighed by its kind and age (one pass over
/// them, <see cref="ShowsPass"/>, which notes bounds), and each person's best items added up exactly when the search
/// needs them. The "shows" of <see cref="EvidenceFormula"/>; the activity prior lifts it where it applies.
/// </summary>
internal sealed class ShowsScoring(IndexedEvidence evidence, ActivityPrior activity, ConceptLists itemLists, LearnedTopics learnedTopics, LearnedWork learnedWork, MentionRule? mentions)
{
    // How many matching items ahead the pass over them asks the processor for their facts.
    private const int PrefetchDistance = 16;

    /// <summary>Bounds are widened by this factor so that float rounding can never make one too tight.</summary>
    public const double BoundMargin = 1.001;

    public IndexedEvidence Evidence => evidence;

    public ActivityPrior Activity => activity;

    /// <summary>
    /// Whether the item is work on a learned topic the question reads (<see cref="QueryScratch.AskedWork"/>), or on
    /// any when the question reads none: what makes one-line chatter work (<see cref="ExpertiseSettings.ChatterWords"/>).
    /// "So proud of what we're building on BGP routing together" names BGP and is product management work; read as
    /// work on any topic, it had let a clique member's posts on BGP count in full.
    /// </summary>
    public bool IsAskedWork(int item, QueryScratch scratch)
    {
        var of = learnedWork.TopicOf(item);
        if (of == LearnedWork.None)
        {
            return false;
        }

        if (scratch.AskedWorkCount == 0)
        {
            return true;
        }

        for (var t = 0; t < scratch.AskedWorkCount; t++)
        {
            if (of == scratch.AskedWork[t] || (of == LearnedWork.Several && learnedWork.Holds(scratch.AskedWork[t], item)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How the items field weighs mentions (<see cref="ExpertiseSettings.MentionWeight"/>), null when off.</summary>
    public MentionRule? Mentions => mentions;

    /// <summary>
    /// What each person's work shows on the query's concepts: every matching item weighed by its kind and age,
    /// each person's best items added up. Returns the query's reference score (one strong match).
    /// </summary>
    public float ScoreShows(IReadOnlyList<QueryConcept> concepts, DateTimeOffset asOf, QueryScratch scratch, bool exhaustive)
    {
        scratch.AskedWorkCount = 0;
        foreach (var concept in concepts)
        {
            if (learnedTopics.TopicOf(concept) is { } topic && scratch.AskedWorkCount < scratch.AskedWork.Length)
            {
                scratch.AskedWork[scratch.AskedWorkCount++] = topic;
            }
        }

        if (!exhaustive
            && ((concepts.Count == 1 && itemLists.TryGet(concepts[0], out var list, out var listReference))
                || (concepts.Count == 2 && itemLists.TryGetWithLearned(concepts[0], concepts[1], out list, out listReference)))
            && list.Facts is { } facts)
        {
            // One known topic (with its learned work): its list carries each item's owner and weights, owner by
            // owner, each owner's best items first, so the pass reads it alone, front to back. The same arithmetic
            // as below: an item's total is its one concept's score (plus its learned work's).
            scratch.Topics = 1;
            var pass = new ShowsPass(this, scratch, asOf, bestFirst: true, bounded: true, covered: null);
            var documents = list.Documents;
            var scores = list.Scores;
            var classes = list.Classes!;
            for (var k = 0; k < documents.Length; k++)
            {
                pass.Add(documents[k], scores[k], facts[k], classes[k]);
            }

            pass.Finish();
            return listReference;
        }

        var scorer = scratch.Items;
        var reference = scorer.Score(evidence.ItemField, concepts, itemLists, exhaustive, evidence.Settings.CommonWordShare, mentions);
        StrongShowings(concepts, scorer.ConceptShares, reference, scratch);
        var walked = new ShowsPass(this, scratch, asOf, bestFirst: false, bounded: !exhaustive, covered: concepts.Any(c => c.Segment > 0 || c.Core) ? scorer : null);
        scorer.SortTouched();
        var touched = scorer.Touched;
        var total = scorer.Total;
        var (itemFacts, itemClass) = (evidence.ItemFacts, evidence.ItemClass);
        var count = scorer.TouchedCount;
        for (var k = 0; k < count; k++)
        {
            if (k + PrefetchDistance < count)
            {
                var ahead = touched[k + PrefetchDistance];
                Prefetch.Element(itemFacts, ahead);
                Prefetch.Element(total, ahead);
                Prefetch.Element(itemClass, ahead);
                Prefetch.Element(scorer.Covered, ahead);
            }

            var item = touched[k];
            walked.Add(item, total[item], itemFacts[item], itemClass[item]);
        }

        walked.Finish();
        return reference;
    }

    // A question of several topics: what a strong showing of each is, TopicStrength strong matches on it. Not
    // for a sentence split at its "and" ("stout and mild the same thing"): each part must be a topic, at most
    // LongestTopic concepts of which one is a topic the index knows (curated or learned from the organisation).
    // The scorer's shares are per topic of the question (one for a one-topic question).
    private void StrongShowings(IReadOnlyList<QueryConcept> concepts, float[] shares, float reference, QueryScratch scratch)
    {
        var topics = shares.Length;
        Span<int> asked = stackalloc int[QueryTopics.MostTopics];
        Span<bool> known = stackalloc bool[QueryTopics.MostTopics];
        foreach (var concept in concepts)
        {
            if (concept.Segment < asked.Length)
            {
                asked[concept.Segment] += concept.Expansion ? 0 : 1;
                known[concept.Segment] |= concept.Key is not null;
            }
        }

        var listed = topics is > 1 and <= QueryTopics.MostTopics
            && !asked[..topics].ContainsAnyExceptInRange(1, QueryTopics.LongestTopic) && !known[..topics].Contains(false);
        scratch.Topics = evidence.Settings.TopicStrength > 0 && listed ? topics : 1;
        for (var t = 0; t < scratch.Topics; t++)
        {
            scratch.TopicStrong[t] = (float)(shares[t] * reference * evidence.Settings.TopicStrength);
        }
    }

    // Keeps the best.Length highest scores, in descending order; returns how many are kept.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Keep(Span<float> best, int count, float score)
    {
        if (count < best.Length)
        {
            best[count++] = score;
        }
        else if (score > best[count - 1])
        {
            best[count - 1] = score;
        }
        else
        {
            return count;
        }

        for (var i = count - 1; i > 0 && best[i] > best[i - 1]; i--)
        {
            (best[i], best[i - 1]) = (best[i - 1], best[i]);
        }

        return count;
    }

    // The person's best items, the n-th counting Decay^n: a few strong items beat many weak mentions.
    public float Sum(ReadOnlySpan<float> best)
    {
        var total = 0.0;
        var weight = 1.0;
        var decay = evidence.Settings.ItemDecay;
        for (var i = 0; i < best.Length; i++)
        {
            total += best[i] * weight;
            weight *= decay;
        }

        return (float)total;
    }

    /// <summary>
    /// A person's exact "shows" (and what of it corroborates what they declare) from their matching items in
    /// the scratch buckets, once per query: the pass only bounds it, and most people never need more.
    /// </summary>
    public void EnsureExact(QueryScratch scratch, int person)
    {
        if (scratch.Exact[person] || scratch.Count[person] == 0)
        {
            return;
        }

        scratch.Exact[person] = true;
        var clock = scratch.Clock;

        // The person's best items, read best first where the list is so ordered (as of the newest item),
        // otherwise newest first: items come oldest first and recent work scores higher. Either way each
        // mostly lands at the end of the best ones kept instead of being moved up through them.
        var start = scratch.Start[person];
        var n = scratch.Count[person];
        var best = scratch.Best.AsSpan();
        var weighty = scratch.Weighty.AsSpan();
        var (bestCount, weightyCount) = (0, 0);
        var separately = clock.CorroborationWeight > 0 && scratch.Declared.Total[person] > 0;
        var (s, step) = clock.BestFirst ? (start, 1) : (start + n - 1, -1);
        for (var read = 0; read < n; read++, s += step)
        {
            var score = scratch.BucketScore[s];
            bestCount = Keep(best, bestCount, score);
            if (separately && evidence.ClassWeight[scratch.BucketClass[s]] >= clock.CorroborationWeight)
            {
                weightyCount = Keep(weighty, weightyCount, score);
            }
        }

        var coverage = scratch.Coverage[person];
        var shows = Sum(best[..bestCount]) * coverage;
        scratch.Corroborates[person] = separately ? Sum(weighty[..weightyCount]) * coverage : shows;
        if (scratch.Topics > 1)
        {
            // The best items are added up: their buffer is free again.
            scratch.Balance[person] = (float)TopicBalance(scratch, start, n, best);
        }

        if (activity.Strength > 0)
        {
            shows *= clock.Latest
                ? activity.Factor(person)
                : (float)(1 + activity.Strength * Math.Log(1 + (clock.ActivityDecay >= 0 ? activity.After(person, clock.ActivityDecay) : activity.At(person, clock.Now))));
        }

        scratch.Shows[person] = shows;
    }

    // How evenly the person's items (the n in the buckets from start) show the question's topics: each topic's best items added up as for the whole.
    private double TopicBalance(QueryScratch scratch, int start, int n, Span<float> best)
    {
        Span<float> shown = stackalloc float[scratch.Topics];
        var topics = scratch.BucketTopics;
        for (var t = 0; t < shown.Length; t++)
        {
            // In the order the whole was read (best or newest first), so that each item mostly lands last.
            var count = 0;
            var (s, step) = scratch.Clock.BestFirst ? (start, 1) : (start + n - 1, -1);
            for (var read = 0; read < n; read++, s += step)
            {
                if ((topics[s] & (1U << t)) != 0)
                {
                    count = Keep(best, count, scratch.BucketScore[s]);
                }
            }

            shown[t] = Sum(best[..count]);
        }

        return EvidenceFormula.Balance(shown, scratch.TopicStrong.AsSpan(0, shown.Length));
    }

    /// <summary>
    /// How much of a question of several topics a person's work answers, as a factor: the topics their items
    /// match, each by its share of the question, raised to CoverageExponent. Someone who knows both topics of
    /// "Kubernetes and Terraform" comes before someone who knows one very well. 1 for a one-topic question.
    /// </summary>
    public float CoverageFactor(float[] shares, uint mask)
    {
        var covered = 0f;
        for (var c = 0; c < shares.Length; c++)
        {
            if ((mask & (1U << Math.Min(c, 31))) != 0)
            {
                covered += shares[c];
            }
        }

        var exponent = evidence.Settings.CoverageExponent;
        return exponent == 1 ? Math.Min(1f, covered) : (float)Math.Pow(Math.Min(1f, covered), exponent);
    }
}
