using System.Runtime.CompilerServices;

namespace ExpertBot.Expertise;

internal sealed partial class ExpertIndex
{
    // How many matching items ahead the pass over them asks the processor for their facts.
    private const int PrefetchDistance = 16;

    // Bounds are widened by this factor so that float rounding can never make one too tight.
    private const double BoundMargin = 1.001;

    /// <summary>
    /// What each person's work shows on the query's concepts: every matching item weighed by its kind and age,
    /// each person's best items added up. Returns the query's reference score (one strong match).
    /// </summary>
    private float ScoreShows(IReadOnlyList<QueryConcept> concepts, DateTimeOffset asOf, QueryScratch scratch, bool exhaustive)
    {
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
        var reference = scorer.Score(itemField, concepts, itemLists, exhaustive, Settings.CommonWordShare);
        StrongShowings(concepts, scorer.ConceptShares, reference, scratch);
        var walked = new ShowsPass(this, scratch, asOf, bestFirst: false, bounded: !exhaustive, covered: concepts.Any(c => c.Segment > 0 || c.Core) ? scorer : null);
        scorer.SortTouched();
        var touched = scorer.Touched;
        var total = scorer.Total;
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
        scratch.Topics = Settings.TopicStrength > 0 && listed ? topics : 1;
        for (var t = 0; t < scratch.Topics; t++)
        {
            scratch.TopicStrong[t] = (float)(shares[t] * reference * Settings.TopicStrength);
        }
    }

    /// <summary>
    /// An item's score for a query: how well it matches times its weight as of the query, the lasting part of
    /// its weight plus the fading part shrunk by fading (1 as of the newest item).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private float Weigh(float matched, ItemFacts facts, byte weightClass, double fading) =>
        matched * (float)(classLasting[weightClass] + (facts.Fading * fading));

    // Keeps the best.Length highest scores, in descending order; returns how many are kept.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Keep(Span<float> best, int count, float score)
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
    private float Sum(ReadOnlySpan<float> best)
    {
        var total = 0.0;
        var weight = 1.0;
        var decay = Settings.ItemDecay;
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
    private void EnsureExact(QueryScratch scratch, int person)
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
            if (separately && classWeight[scratch.BucketClass[s]] >= clock.CorroborationWeight)
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

        if (activityPrior > 0)
        {
            shows *= clock.Latest
                ? activityFactor[person]
                : (float)(1 + activityPrior * Math.Log(1 + (clock.ActivityDecay >= 0 ? ActivityAfter(person, clock.ActivityDecay) : Activity(person, clock.Now))));
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
    private float CoverageFactor(float[] shares, uint mask)
    {
        var covered = 0f;
        for (var c = 0; c < shares.Length; c++)
        {
            if ((mask & (1U << Math.Min(c, 31))) != 0)
            {
                covered += shares[c];
            }
        }

        var exponent = Settings.CoverageExponent;
        return exponent == 1 ? Math.Min(1f, covered) : (float)Math.Pow(Math.Min(1f, covered), exponent);
    }


    /// <summary>
    /// One pass over a query's matching items in item order, which is owner order (the build numbers each
    /// person's items consecutively): each person's items arrive together, are weighed by kind and age and land
    /// side by side in the scratch buckets. When the next person starts, the pass notes bounds on what the last
    /// one's work shows (their best item alone at least; their items' sum, or their best item as often as items
    /// count, at most), so that only people who may reach the answer are added up exactly.
    /// </summary>
    private struct ShowsPass
    {
        private readonly ExpertIndex index;
        private readonly QueryScratch scratch;
        private readonly long now;
        private readonly bool beforeLatest;
        private readonly double fading;
        private readonly ConceptScorer? covered;
        private int person = -1;
        private int slot;
        private float most;
        private double sum;
        private uint mask;
        private bool announcesOnly;

        /// <summary>A pass; bestFirst says each person's items come roughly best first, otherwise oldest first; bounded only notes bounds.</summary>
        public ShowsPass(ExpertIndex index, QueryScratch scratch, DateTimeOffset asOf, bool bestFirst, bool bounded, ConceptScorer? covered)
        {
            this.index = index;
            this.covered = covered;
            this.scratch = scratch;
            now = asOf.UtcTicks;
            var newest = index.LatestTimestamp.UtcTicks;
            beforeLatest = now < newest;

            // Recency: the fading part of every item's weight shrinks by one factor from the newest item to asOf.
            var halfLife = index.Settings.HalfLifeYears * TicksPerYear;
            fading = halfLife > 0 ? Math.Pow(2, -(now - newest) / halfLife) : 1;

            // Activity only decays after the newest item, so its factor then is at most the newest item's; asked
            // before it with an activity prior, bounds would not hold and every person is added up exactly. Without
            // one (most organisations: ActivityCalibration) the bounds hold at any moment.
            scratch.Clock = new QueryClock(
                now,
                now == newest,
                index.ActivityDecay(now),
                (float)index.Settings.CorroborationKindWeight,
                bestFirst,
                bounded && (!beforeLatest || index.activityPrior <= 0));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int item, float matched, ItemFacts facts, byte weightClass)
        {
            if (beforeLatest && index.itemTicks[item] > now)
            {
                // Written after the moment of the question: unknown at that moment.
                return;
            }

            var score = index.Weigh(matched, facts, weightClass, fading);
            if (score <= 0)
            {
                return;
            }

            if (facts.Person != person)
            {
                Finish();
                person = facts.Person;
                scratch.People[scratch.PeopleCount++] = person;
                scratch.Start[person] = slot;
                (most, sum, mask, announcesOnly) = (0, 0, 0, true);
                if (scratch.Topics > 1)
                {
                    Array.Clear(scratch.TopicMost);
                    Array.Clear(scratch.TopicSum);
                }
            }

            if (covered is not null)
            {
                var itemMask = covered.Covered[item];
                mask |= itemMask;
                for (var t = 0; scratch.Topics > 1 && t < scratch.Topics; t++)
                {
                    if ((itemMask & (1U << t)) != 0)
                    {
                        scratch.TopicMost[t] = Math.Max(scratch.TopicMost[t], score);
                        scratch.TopicSum[t] += score;
                    }
                }

                scratch.BucketTopics[slot] = (byte)itemMask;
            }

            announcesOnly &= index.classAnnounces[weightClass];
            scratch.Bucket[slot] = item;
            scratch.BucketScore[slot] = score;
            scratch.BucketClass[slot] = weightClass;
            slot++;
            most = Math.Max(most, score);
            sum += score;
        }

        /// <summary>Closes the current person: their bounds, or their exact sums when the query is not bounded.</summary>
        public readonly void Finish()
        {
            if (person < 0)
            {
                return;
            }

            var n = slot - scratch.Start[person];
            scratch.Count[person] = n;
            // Announcing a topic is not working on it: someone whose only evidence is posts counts AnnouncedAlone.
            var coverage = (covered is null ? 1f : index.CoverageFactor(covered.ConceptShares, mask))
                * (announcesOnly ? (float)index.Settings.AnnouncedAlone : 1f);
            scratch.Coverage[person] = coverage;
            scratch.Mask[person] = mask;
            scratch.Balance[person] = 1;
            if (!scratch.Clock.Bounded)
            {
                index.EnsureExact(scratch, person);
                return;
            }

            // The n-th best item counts Decay^n: the best alone is a floor (the activity factor is at least 1);
            // all of them, or the best as often as items count, a ceiling. A margin covers float rounding. So
            // for each topic of several: the balance of their best items a floor, of their sums a ceiling.
            var counted = index.decayWeights[Math.Min(n, index.decayWeights.Length - 1)];
            var ceiling = Math.Min(sum, most * counted) * (index.activityPrior > 0 ? index.activityFactor[person] : 1) * coverage;
            var balanceFloor = 1.0;
            if (scratch.Topics > 1)
            {
                var topics = scratch.Topics;
                Span<float> upper = stackalloc float[topics];
                for (var t = 0; t < topics; t++)
                {
                    upper[t] = (float)Math.Min(scratch.TopicSum[t], scratch.TopicMost[t] * counted);
                }

                var strong = scratch.TopicStrong.AsSpan(0, topics);
                balanceFloor = EvidenceFormula.Balance(scratch.TopicMost.AsSpan(0, topics), strong) / BoundMargin;
                scratch.Balance[person] = (float)(EvidenceFormula.Balance(upper, strong) * BoundMargin);
            }

            scratch.Lower[person] = (float)(most * coverage * balanceFloor);
            scratch.Upper[person] = (float)(ceiling * BoundMargin);
        }
    }
}
