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
    public IReadOnlyList<ExpertMatch> Search(ExpertQuery query)
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
            var reference = ScoreShows(concepts, query.AsOf, scratch);
            var declaredReference = scratch.Declared.Score(declaredField, concepts);
            if (reference <= 0)
            {
                reference = declaredReference > 0 ? declaredReference : 1f;
            }

            var vouches = Vouches(query, concepts, scratch, reference);
            var candidates = Candidates(query, scratch, vouches, reference);
            var found = new ExpertMatch[candidates.Count];
            for (var i = found.Length - 1; i >= 0; i--)
            {
                var (person, parts) = candidates.Dequeue();
                found[i] = Explain(person, parts, concepts, scratch, vouches);
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
    private float ScoreShows(IReadOnlyList<QueryConcept> concepts, DateTimeOffset asOf, Scratch scratch)
    {
        var scorer = scratch.Items;
        var reference = scorer.Score(itemField, concepts);
        var now = asOf.UtcTicks;
        var halfLife = Settings.HalfLifeYears * TicksPerYear;
        var floor = Settings.RecencyFloor;
        for (var k = 0; k < scorer.TouchedCount; k++)
        {
            var item = scorer.Touched[k];
            var age = now - itemTicks[item];
            if (age < 0)
            {
                // Written after the moment of the question: unknown at that moment.
                scorer.Total[item] = 0;
                continue;
            }

            var recency = floor + (1 - floor) * Math.Pow(2, -age / halfLife);
            scorer.Total[item] *= (float)(itemWeight[item] * recency);
            var owner = itemPerson[item];
            if (scratch.Head[owner] < 0)
            {
                scratch.People[scratch.PeopleCount++] = owner;
            }

            scratch.Next[item] = scratch.Head[owner];
            scratch.Head[owner] = item;
        }

        Span<float> best = stackalloc float[Math.Max(1, Settings.ItemsPerPerson)];
        for (var k = 0; k < scratch.PeopleCount; k++)
        {
            var person = scratch.People[k];
            scratch.Shows[person] = Aggregate(scratch.Head[person], scratch, best);
        }

        return reference;
    }

    // The person's best items, the n-th counting Decay^n: a few strong items beat many weak mentions.
    private float Aggregate(int head, Scratch scratch, Span<float> best)
    {
        var count = 0;
        for (var item = head; item >= 0; item = scratch.Next[item])
        {
            var score = scratch.Items.Total[item];
            if (score <= 0)
            {
                continue;
            }

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
                continue;
            }

            for (var i = count - 1; i > 0 && best[i] > best[i - 1]; i--)
            {
                (best[i], best[i - 1]) = (best[i - 1], best[i]);
            }
        }

        var total = 0.0;
        var weight = 1.0;
        for (var i = 0; i < count; i++)
        {
            total += best[i] * weight;
            weight *= Settings.ItemDecay;
        }

        return (float)total;
    }

    private PriorityQueue<(int Person, ScoreParts Parts), double> Candidates(
        ExpertQuery query, Scratch scratch, Dictionary<int, VouchTally> vouches, float reference)
    {
        var queue = new PriorityQueue<(int, ScoreParts), double>(query.Top + 1);
        void Offer(int person)
        {
            if (query.Excluded?.Contains(people[person].Id) == true)
            {
                return;
            }

            var shows = (double)scratch.Shows[person];
            var vouch = vouches.TryGetValue(person, out var tally) ? Settings.VouchWeight * reference * Math.Log2(1 + tally.Mass) : 0;
            var corroboration = Math.Min(1, (shows + vouch) / (Settings.CorroborationItems * reference));
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
            if (scratch.Head[person] < 0)
            {
                Offer(person);
            }
        }

        foreach (var person in vouches.Keys)
        {
            if (scratch.Head[person] < 0 && declared.Total[person] == 0)
            {
                Offer(person);
            }
        }

        return queue;
    }

    private ExpertMatch Explain(int person, ScoreParts parts, IReadOnlyList<QueryConcept> concepts, Scratch scratch, Dictionary<int, VouchTally> vouches)
    {
        var evidence = new List<EvidenceHit>(EvidenceShown);
        for (var item = scratch.Head[person]; item >= 0; item = scratch.Next[item])
        {
            var score = scratch.Items.Total[item];
            if (score <= 0 || itemPrivate[item])
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

        var vouched = vouches.TryGetValue(person, out var tally)
            ? new VouchSummary(tally.Endorsers.Count, [.. tally.Endorsers.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(EndorsersShown).Select(e => e.Key)])
            : VouchSummary.None;
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
            scratch.Head[person] = -1;
            scratch.Shows[person] = 0;
        }

        scratch.PeopleCount = 0;
        scratch.Items.Clear();
        scratch.Declared.Clear();
    }
}
