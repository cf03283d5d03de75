using System.Runtime.CompilerServices;

namespace ExpertBot.Expertise;

/// <summary>
/// One pass over a query's matching items in item order, which is owner order (the build numbers each
/// person's items consecutively): each person's items arrive together, are weighed by kind and age and land
/// side by side in the scratch buckets. When the next person starts, the pass notes bounds on what the last
/// one's work shows (their best item alone at least; their items' sum, or their best item as often as items
/// count, at most), so that only people who may reach the answer are added up exactly.
/// </summary>
internal struct ShowsPass
{
    private const double TicksPerYear = TimeSpan.TicksPerDay * 365.25;

    private readonly ShowsScoring shows;
    private readonly IndexedEvidence evidence;
    private readonly ActivityPrior activity;
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
    public ShowsPass(ShowsScoring shows, QueryScratch scratch, DateTimeOffset asOf, bool bestFirst, bool bounded, ConceptScorer? covered)
    {
        this.shows = shows;
        evidence = shows.Evidence;
        activity = shows.Activity;
        this.covered = covered;
        this.scratch = scratch;
        now = asOf.UtcTicks;
        var newest = evidence.LatestTimestamp.UtcTicks;
        beforeLatest = now < newest;

        // Recency: the fading part of every item's weight shrinks by one factor from the newest item to asOf.
        var halfLife = evidence.Settings.HalfLifeYears * TicksPerYear;
        fading = halfLife > 0 ? Math.Pow(2, -(now - newest) / halfLife) : 1;

        // Activity only decays after the newest item, so its factor then is at most the newest item's; asked
        // before it with an activity prior, bounds would not hold and every person is added up exactly. Without
        // one (most organisations: ActivityCalibration) the bounds hold at any moment.
        scratch.Clock = new QueryClock(
            now,
            now == newest,
            activity.Decay(now),
            (float)evidence.Settings.CorroborationKindWeight,
            bestFirst,
            bounded && (!beforeLatest || activity.Strength <= 0));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int item, float matched, ItemFacts facts, byte weightClass)
    {
        if (beforeLatest && evidence.ItemTicks[item] > now)
        {
            // Written after the moment of the question: unknown at that moment.
            return;
        }

        var score = evidence.Weigh(matched, facts, weightClass, fading);
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

        // Chatter that is work on a learned topic the question reads is work ("Done with kanban boards, next: root cause analysis").
        announcesOnly &= evidence.ClassAnnounces[weightClass] && !(evidence.ClassChatter[weightClass] && shows.IsAskedWork(item, scratch));
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
        // Announcing a topic is not working on it: someone whose only evidence is posts or chatter counts AnnouncedAlone.
        var coverage = (covered is null ? 1f : shows.CoverageFactor(covered.ConceptShares, mask))
            * (announcesOnly ? (float)evidence.Settings.AnnouncedAlone : 1f);
        scratch.Coverage[person] = coverage;
        scratch.Mask[person] = mask;
        scratch.Balance[person] = 1;
        if (!scratch.Clock.Bounded)
        {
            shows.EnsureExact(scratch, person);
            return;
        }

        // The n-th best item counts Decay^n: the best alone is a floor (the activity factor is at least 1);
        // all of them, or the best as often as items count, a ceiling. A margin covers float rounding. So
        // for each topic of several: the balance of their best items a floor, of their sums a ceiling.
        var counted = evidence.DecayWeights[Math.Min(n, evidence.DecayWeights.Length - 1)];
        var ceiling = Math.Min(sum, most * counted) * (activity.Strength > 0 ? activity.Factor(person) : 1) * coverage;
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
            balanceFloor = EvidenceFormula.Balance(scratch.TopicMost.AsSpan(0, topics), strong) / ShowsScoring.BoundMargin;
            scratch.Balance[person] = (float)(EvidenceFormula.Balance(upper, strong) * ShowsScoring.BoundMargin);
        }

        scratch.Lower[person] = (float)(most * coverage * balanceFloor);
        scratch.Upper[person] = (float)(ceiling * ShowsScoring.BoundMargin);
    }
}
