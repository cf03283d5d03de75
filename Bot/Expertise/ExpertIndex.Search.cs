namespace ExpertBot.Expertise;

internal sealed partial class ExpertIndex
{
    private const int EvidenceShown = 3;
    private const int SaysShown = 5;
    private const int EndorsersShown = 3;
    private const double TicksPerYear = TimeSpan.TicksPerDay * 365.25;

    /// <summary>The people whose evidence best matches a topic, as of the newest item of the index.</summary>
    public IReadOnlyList<ExpertMatch> Search(string topic, int top = 10) => Search(new ExpertQuery(topic, LatestTimestamp, top));

    /// <summary>
    /// The people whose evidence best matches the query's topic. A person's score is what their work shows
    /// (their best items, by kind and age) plus what colleagues vouch (weighed by how much each endorser
    /// knows the topic) plus what they say of themselves (little alone, more when work or colleagues agree).
    /// Nobody without matching evidence is returned.
    /// </summary>
    public IReadOnlyList<ExpertMatch> Search(ExpertQuery query) => Search(query, exhaustive: false);

    /// <summary>Exhaustive scores every posting of every word: the reference the fast path must equal, for tests.</summary>
    internal IReadOnlyList<ExpertMatch> Search(ExpertQuery query, bool exhaustive)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = TextAnalyzer.Terms(query.Topic);
        if (terms.Count == 0 || query.Top <= 0)
        {
            return [];
        }

        var concepts = Settings.UseLexicon ? Lexicon.Concepts(terms) : TopicLexicon.Literal(terms);
        var scratch = Rent();
        try
        {
            var declaredReference = scratch.Declared.Score(declaredField, concepts, declaredLists, exhaustive);
            var reference = ScoreShows(concepts, query.AsOf, scratch, exhaustive);
            if (reference <= 0)
            {
                reference = declaredReference > 0 ? declaredReference : 1f;
            }

            var vouches = Vouches(query, concepts, scratch, reference);
            var candidates = Candidates(query, scratch, reference);
            var found = new ExpertMatch[candidates.Count];
            for (var i = found.Length - 1; i >= 0; i--)
            {
                var (person, parts) = candidates.Dequeue();
                var endorsers = scratch.VouchMass[person] > 0 ? EndorsersOf(person, vouches, query, scratch, reference) : null;
                var vouched = endorsers is null
                    ? VouchSummary.None
                    : new VouchSummary(endorsers.Count, [.. endorsers.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(EndorsersShown).Select(e => e.Key)]);
                found[i] = Explain(person, parts, concepts, scratch, vouched);
            }

            var threshold = found.Length == 0 ? 0 : found.Max(m => m.Score) * Settings.MinimumShareOfBest;
            var result = Array.FindAll(found, m => m.Score >= threshold);

            Array.Sort(result, static (x, y) =>
            {
                var byScore = y.Score.CompareTo(x.Score);
                return byScore != 0 ? byScore : string.CompareOrdinal(x.Person.DisplayName, y.Person.DisplayName);
            });
            return result;
        }
        finally
        {
            Clean(scratch);
            Return(scratch);
        }
    }

    /// <summary>Weighs each matching item by kind and age and keeps, per person, a list of their matching items.</summary>
    private float ScoreShows(IReadOnlyList<QueryConcept> concepts, DateTimeOffset asOf, Scratch scratch, bool exhaustive)
    {
        var scorer = scratch.Items;
        var reference = scorer.Score(itemField, concepts, itemLists, exhaustive);
        var now = asOf.UtcTicks;
        var halfLife = Settings.HalfLifeYears * TicksPerYear;
        var floor = Settings.RecencyFloor;

        // Asked as of the newest item (a snapshot, or nothing new since the build): each item's weight times
        // recency was computed once at build; otherwise computed here.
        var latest = now == LatestTimestamp.UtcTicks;
        var touched = scorer.Touched;
        var total = scorer.Total;
        var touchedOwner = scratch.TouchedOwner;
        var touchedScore = scratch.TouchedScore;
        var touchedWeight = scratch.TouchedWeight;
        for (var k = 0; k < scorer.TouchedCount; k++)
        {
            var item = touched[k];
            ref readonly var facts = ref itemFacts[item];
            var age = now - facts.Ticks;
            if (age < 0)
            {
                // Written after the moment of the question: unknown at that moment.
                total[item] = 0;
                touchedOwner[k] = -1;
                continue;
            }

            var score = total[item] * (latest ? facts.Factor : (float)(facts.Weight * (floor + (1 - floor) * Math.Pow(2, -age / halfLife))));
            total[item] = score;
            if (score <= 0)
            {
                touchedOwner[k] = -1;
                continue;
            }

            var owner = facts.Person;
            touchedOwner[k] = owner;
            touchedScore[k] = score;
            touchedWeight[k] = facts.Weight;
            if (scratch.Count[owner]++ == 0)
            {
                scratch.People[scratch.PeopleCount++] = owner;
            }
        }

        // Each person's matching items side by side (a counting sort by owner), so that adding them up reads
        // memory in order instead of chasing items across the whole index.
        var offset = 0;
        for (var k = 0; k < scratch.PeopleCount; k++)
        {
            var person = scratch.People[k];
            scratch.Start[person] = offset;
            offset += scratch.Count[person];
            scratch.Count[person] = 0;
        }

        for (var k = 0; k < scorer.TouchedCount; k++)
        {
            var owner = touchedOwner[k];
            if (owner < 0)
            {
                continue;
            }

            var slot = scratch.Start[owner] + scratch.Count[owner]++;
            scratch.Bucket[slot] = touched[k];
            scratch.BucketScore[slot] = touchedScore[k];
            scratch.BucketWeight[slot] = touchedWeight[k];
        }

        // Asked after the newest item: everyone's activity decays by the same factor, computed once (as Activity does).
        var activityDecay = ActivityDecay(now);
        Span<float> best = stackalloc float[Math.Max(1, Settings.ItemsPerPerson)];
        Span<float> corroborating = stackalloc float[best.Length];
        var corroborationWeight = (float)Settings.CorroborationKindWeight;
        for (var k = 0; k < scratch.PeopleCount; k++)
        {
            var person = scratch.People[k];
            var start = scratch.Start[person];
            var end = start + scratch.Count[person];
            float shows;

            // Only work corroborates what a person declares: being named in meetings does not.
            if (corroborationWeight > 0 && scratch.Declared.Total[person] > 0)
            {
                (shows, scratch.Corroborates[person]) = AggregateBoth(scratch, start, end, best, corroborating, corroborationWeight);
            }
            else
            {
                shows = Aggregate(scratch, start, end, best, 0);
                scratch.Corroborates[person] = shows;
            }

            if (Settings.ActivityPrior > 0)
            {
                shows *= latest ? activityFactor[person] : (float)(1 + Settings.ActivityPrior * Math.Log(1 + (activityDecay >= 0 ? ActivityAfter(person, activityDecay) : Activity(person, now))));
            }

            scratch.Shows[person] = shows;
        }

        return reference;
    }

    /// <summary><see cref="Aggregate"/> of every item and of the items weighing at least minimumWeight, in one pass over them.</summary>
    private (float All, float Weighty) AggregateBoth(Scratch scratch, int start, int end, Span<float> best, Span<float> weighty, float minimumWeight)
    {
        var count = 0;
        var weightyCount = 0;
        for (var slot = start; slot < end; slot++)
        {
            var score = scratch.BucketScore[slot];
            count = Keep(best, count, score);
            if (scratch.BucketWeight[slot] >= minimumWeight)
            {
                weightyCount = Keep(weighty, weightyCount, score);
            }
        }

        return (Sum(best, count), Sum(weighty, weightyCount));
    }

    // Keeps the best.Length highest scores, in descending order; returns how many are kept.
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

    private float Sum(Span<float> best, int count)
    {
        var total = 0.0;
        var weight = 1.0;
        var decay = Settings.ItemDecay;
        for (var i = 0; i < count; i++)
        {
            total += best[i] * weight;
            weight *= decay;
        }

        return (float)total;
    }

    // The person's best items, the n-th counting Decay^n: a few strong items beat many weak mentions.
    private float Aggregate(Scratch scratch, int start, int end, Span<float> best, float minimumWeight)
    {
        var count = 0;
        for (var slot = start; slot < end; slot++)
        {
            if (scratch.BucketWeight[slot] >= minimumWeight)
            {
                count = Keep(best, count, scratch.BucketScore[slot]);
            }
        }

        return Sum(best, count);
    }

    private PriorityQueue<(int Person, ScoreParts Parts), double> Candidates(
        ExpertQuery query, Scratch scratch, float reference)
    {
        var queue = new PriorityQueue<(int, ScoreParts), double>(query.Top + 1);
        void Offer(int person)
        {
            if (query.Excluded?.Contains(people[person].Id) == true)
            {
                return;
            }

            var shows = (double)scratch.Shows[person];
            var mass = scratch.VouchMass[person];
            var vouch = mass > 0 ? Settings.VouchWeight * reference * Math.Log2(1 + mass) : 0;
            var corroboration = Math.Min(1, (scratch.Corroborates[person] + vouch) / (Settings.CorroborationItems * reference));
            var says = scratch.Declared.Total[person]
                * (Settings.DeclaredAlone + (Settings.DeclaredCorroborated - Settings.DeclaredAlone) * corroboration);
            var score = shows + vouch + says;
            if (score <= 0)
            {
                return;
            }

            queue.Enqueue((person, new ScoreParts(shows, says, vouch)), score);
            if (queue.Count > query.Top)
            {
                queue.Dequeue();
            }
        }

        for (var k = 0; k < scratch.PeopleCount; k++)
        {
            Offer(scratch.People[k]);
        }

        var declared = scratch.Declared;
        for (var k = 0; k < declared.TouchedCount; k++)
        {
            var person = declared.Touched[k];
            if (scratch.Count[person] == 0)
            {
                Offer(person);
            }
        }

        for (var k = 0; k < scratch.VouchedCount; k++)
        {
            var person = scratch.Vouched[k];
            if (scratch.Count[person] == 0 && declared.Total[person] == 0)
            {
                Offer(person);
            }
        }

        return queue;
    }

    private ExpertMatch Explain(int person, ScoreParts parts, IReadOnlyList<QueryConcept> concepts, Scratch scratch, VouchSummary vouched)
    {
        var evidence = new List<EvidenceHit>(EvidenceShown);
        for (var slot = scratch.Start[person]; slot < scratch.Start[person] + scratch.Count[person]; slot++)
        {
            var item = scratch.Bucket[slot];
            var score = scratch.BucketScore[slot];
            if (itemPrivate[item])
            {
                continue;
            }

            evidence.Add(new EvidenceHit(items[item], score));
        }

        evidence.Sort(static (x, y) => y.Score.CompareTo(x.Score));
        if (evidence.Count > EvidenceShown)
        {
            evidence.RemoveRange(EvidenceShown, evidence.Count - EvidenceShown);
        }

        return new ExpertMatch(people[person], parts.Shows + parts.Says + parts.Vouch, evidence)
        {
            Says = scratch.Declared.Total[person] > 0 ? SaysFor(people[person], concepts) : [],
            Vouched = vouched,
            Parts = parts,
        };
    }

    /// <summary>The declared phrases that name the topic; a long "about me" is cut to the sentence that does.</summary>
    private static List<string> SaysFor(Person person, IReadOnlyList<QueryConcept> concepts)
    {
        var says = new List<string>();
        foreach (var phrase in Declared(person))
        {
            var parts = ReferenceEquals(phrase, person.AboutMe)
                ? phrase.Split(['.', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [phrase];
            foreach (var part in parts)
            {
                if (says.Count < SaysShown && Mentions(part, concepts) && !says.Contains(part, StringComparer.OrdinalIgnoreCase))
                {
                    says.Add(part.Length <= 120 ? part : part[..117].TrimEnd() + "…");
                }
            }
        }

        return says;
    }

    private static bool Mentions(string text, IReadOnlyList<QueryConcept> concepts)
    {
        var terms = new HashSet<string>(TextAnalyzer.Terms(text), StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            foreach (var form in concept.Alternatives)
            {
                if (form.All(terms.Contains))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Clean(Scratch scratch)
    {
        for (var k = 0; k < scratch.PeopleCount; k++)
        {
            var person = scratch.People[k];
            scratch.Count[person] = 0;
            scratch.Shows[person] = 0;
            scratch.Corroborates[person] = 0;
        }

        scratch.PeopleCount = 0;
        for (var k = 0; k < scratch.VouchedCount; k++)
        {
            scratch.VouchMass[scratch.Vouched[k]] = 0;
        }

        scratch.VouchedCount = 0;
        scratch.Items.Clear();
        scratch.Declared.Clear();
    }
}
