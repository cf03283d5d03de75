using System.Runtime.CompilerServices;

namespace ExpertBot.Expertise;

internal sealed partial class ExpertIndex
{
    // How many matching items ahead the pass over them asks the processor for their facts.
    private const int PrefetchDistance = 16;

    /// <summary>
    /// What each person's work shows on the query's concepts: every matching item weighed by its kind and age,
    /// each person's best items added up. Returns the query's reference score (one strong match).
    /// </summary>
    private float ScoreShows(IReadOnlyList<QueryConcept> concepts, DateTimeOffset asOf, Scratch scratch, bool exhaustive)
    {
        if (!exhaustive && concepts.Count == 1 && itemLists.TryGet(concepts[0], out var list, out var listReference) && list.Facts is { } facts)
        {
            // One known topic: its list carries each item's owner and weights, owner by owner, each owner's best
            // items first, so the pass reads it alone, front to back. The same arithmetic as below: an item's
            // total is its one concept's score.
            var pass = new ShowsPass(this, scratch, asOf, bestFirst: true);
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
        var walked = new ShowsPass(this, scratch, asOf, bestFirst: false);
        var reference = scorer.Score(itemField, concepts, itemLists, exhaustive);
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
            }

            var item = touched[k];
            walked.Add(item, total[item], itemFacts[item], itemClass[item]);
        }

        walked.Finish();
        return reference;
    }

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
    /// One pass over a query's matching items in item order, which is owner order (the build numbers each
    /// person's items consecutively): each person's items arrive together, are weighed by kind and age, land
    /// side by side in the scratch buckets (for the explanation too), and are added up when the next person starts.
    /// </summary>
    private struct ShowsPass
    {
        private readonly ExpertIndex index;
        private readonly Scratch scratch;
        private readonly long now;
        private readonly bool beforeLatest;
        private readonly bool latest;
        private readonly double fading;
        private readonly double activityDecay;
        private readonly float corroborationWeight;
        private readonly bool bestFirst;
        private int person = -1;
        private bool separately;
        private int slot;

        /// <summary>A pass; bestFirst says each person's items come roughly best first, otherwise oldest first.</summary>
        public ShowsPass(ExpertIndex index, Scratch scratch, DateTimeOffset asOf, bool bestFirst)
        {
            this.bestFirst = bestFirst;
            this.index = index;
            this.scratch = scratch;
            now = asOf.UtcTicks;
            var newest = index.LatestTimestamp.UtcTicks;
            beforeLatest = now < newest;
            latest = now == newest;

            // Recency: the fading part of every item's weight shrinks by one factor from the newest item to asOf.
            var halfLife = index.Settings.HalfLifeYears * TicksPerYear;
            fading = halfLife > 0 ? Math.Pow(2, -(now - newest) / halfLife) : 1;

            // Activity: after the newest item everyone's decays by the same factor (as Activity does).
            activityDecay = index.ActivityDecay(now);
            corroborationWeight = (float)index.Settings.CorroborationKindWeight;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int item, float matched, ItemFacts facts, byte weightClass)
        {
            if (beforeLatest && index.itemTicks[item] > now)
            {
                // Written after the moment of the question: unknown at that moment.
                return;
            }

            var score = matched * (float)(index.classLasting[weightClass] + (facts.Fading * fading));
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

                // Only work corroborates what a person declares: being named in meetings does not.
                separately = corroborationWeight > 0 && scratch.Declared.Total[person] > 0;
            }

            scratch.Bucket[slot] = item;
            scratch.BucketScore[slot] = score;
            scratch.BucketClass[slot] = weightClass;
            slot++;
        }

        /// <summary>Adds up the current person's items: what their work shows, and what of it corroborates what they declare.</summary>
        /// <remarks>Once per person, not inlined into the pass over items: its own small loop keeps its values in registers.</remarks>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public readonly void Finish()
        {
            if (person < 0)
            {
                return;
            }

            // The person's best items, read best first where the list is so ordered (as of the newest item),
            // otherwise newest first: items come oldest first and recent work scores higher. Either way each
            // mostly lands at the end of the best ones kept instead of being moved up through them.
            var start = scratch.Start[person];
            var n = slot - start;
            scratch.Count[person] = n;
            var best = scratch.Best.AsSpan();
            var weighty = scratch.Weighty.AsSpan();
            var (bestCount, weightyCount) = (0, 0);
            var (s, step) = bestFirst ? (start, 1) : (slot - 1, -1);
            for (var read = 0; read < n; read++, s += step)
            {
                var score = scratch.BucketScore[s];
                bestCount = Keep(best, bestCount, score);
                if (separately && index.classWeight[scratch.BucketClass[s]] >= corroborationWeight)
                {
                    weightyCount = Keep(weighty, weightyCount, score);
                }
            }

            var shows = index.Sum(best[..bestCount]);
            scratch.Corroborates[person] = separately ? index.Sum(weighty[..weightyCount]) : shows;
            var prior = index.Settings.ActivityPrior;
            if (prior > 0)
            {
                shows *= latest
                    ? index.activityFactor[person]
                    : (float)(1 + prior * Math.Log(1 + (activityDecay >= 0 ? index.ActivityAfter(person, activityDecay) : index.Activity(person, now))));
            }

            scratch.Shows[person] = shows;
        }
    }
}
