namespace ExpertBot.Expertise;

internal sealed partial class ExpertIndex
{
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
        // Answered for the corrected topic throughout: its words, and the endorsements given on it ("bgp routibg"
        // found the endorsements of nobody, and lost its best-vouched expert).
        var topic = CorrectSpelling(query.Topic) ?? query.Topic;
        query = query with { Topic = topic };
        if (query.Top <= 0)
        {
            return [];
        }

        var asked = QueryTopics.Read(topic, Lexicon, Settings.UseLexicon, DocumentFrequency, learnedTopics.IsPhrase, learnedTopics.IsSharedNameWord);
        return Search(query, asked.Concepts, exhaustive, LearnedConcepts(asked));
    }

    /// <summary>
    /// The work on the learned topic each of the question's topics names (<see cref="LearnedTopics"/>), tagged with
    /// its topic: "Oracle Database and Redis" reads the work on each that never names it (RMAN, Data Guard; AOF,
    /// hot keys), so that who shows both counts as knowing both. A topic that is one rare word no topic is named by
    /// reads the topic whose work it is mostly written in (<see cref="LearnedTopics.ConceptOfWork"/>). None for a
    /// paragraph: it names incidental phrases.
    /// </summary>
    private QueryConcept[] LearnedConcepts(AskedTopics asked)
    {
        var (concepts, texts) = (asked.Concepts, asked.Texts);
        var learned = new List<QueryConcept>(texts.Count);
        for (var s = 0; s < texts.Count; s++)
        {
            var own = concepts.Where(c => c.Segment == s).ToArray();
            if (own.Length is > 0 and <= QueryTopics.LongestTopic
                && learnedTopics.ConceptFor(texts[s], own, (float)Settings.LearnedTopicWeight, (float)Settings.OwnPhraseWeight) is { } concept)
            {
                learned.Add(concept with { Segment = s });
            }
            else if (own is [{ Key: null, Kind: false, Alternatives: [[var word]] }]
                && itemField.TryGet(word, out var start, out var end) && end - start <= RareWordItems
                && learnedTopics.ConceptOfWork(itemField.Documents.AsSpan(start, end - start), itemField.DocumentCount, (float)Settings.LearnedTopicWeight) is { } ofWork)
            {
                // A word no topic is named by, written mostly in one topic's work ("SPO" in SharePoint notes), asks for it.
                learned.Add(ofWork with { Segment = s });
            }
        }

        return [.. learned];
    }

    // A word in more items than this says more than one topic's work: its items are not read for their topic.
    private const int RareWordItems = 1000;

    private int DocumentFrequency(string term) => itemField.TryGet(term, out var start, out var end) ? end - start : 0;

    /// <summary>What the question's best matches add to it (<see cref="QueryExpansion"/>): scored once, then the scorer is cleared.</summary>
    private IReadOnlyList<QueryConcept> Expansions(IReadOnlyList<QueryConcept> concepts, DateTimeOffset asOf, QueryScratch scratch, bool exhaustive)
    {
        if (!QueryExpansion.Applies(concepts, Settings))
        {
            return [];
        }

        var now = asOf.UtcTicks;
        scratch.Items.Score(itemField, concepts, itemLists, exhaustive, Settings.CommonWordShare);

        // Learned from work others use, not from announcing or asking (a clique's posts would teach its own words).
        var expansions = QueryExpansion.Expand(
            concepts, scratch.Items, signatures, item => !itemPrivate[item] && itemTicks[item] <= now && !classAnnounces[itemClass[item]], Settings,
            term => CommonWords.IsCommon(itemField, term, Settings.CommonWordShare));
        scratch.Items.Clear();
        return expansions;
    }

    /// <summary>
    /// The topic as the organisation writes it when the question has a typo ("kubernets" → "kubernetes"), or
    /// null: a search answers for the corrected topic, and the card says so ("did you mean …?").
    /// </summary>
    public string? CorrectSpelling(string topic) => Settings.UseLexicon ? spelling.Correct(topic, Lexicon, learnedTopics.IsNameWord) : null;

    private ExpertMatch[] Search(ExpertQuery query, IReadOnlyList<QueryConcept> concepts, bool exhaustive, IReadOnlyList<QueryConcept>? learned = null)
    {
        if (concepts.Count == 0 || query.Top <= 0)
        {
            return [];
        }

        var scratch = scratches.Rent();
        try
        {
            scratch.HasCore = concepts.Any(c => c.Core);
            var declaredReference = scratch.Declared.Score(declaredField, concepts, declaredLists, exhaustive, Settings.CommonWordShare);
            var reference = ScoreShows([.. concepts, .. Expansions(concepts, query.AsOf, scratch, exhaustive), .. (learned ?? [])], query.AsOf, scratch, exhaustive);
            if (reference <= 0)
            {
                reference = declaredReference > 0 ? declaredReference : 1f;
            }

            var vouches = vouchScoring.Vouches(query, query.Social ?? Social, concepts, scratch, reference, endorser => EnsureExact(scratch, endorser));
            var candidates = Candidates(query, scratch, reference);

            // Dequeued worst first: the answer is filled from its end.
            var found = new ExpertMatch[candidates.Count];
            var evidence = new double[found.Length];
            for (var i = found.Length - 1; i >= 0; i--)
            {
                candidates.TryDequeue(out var candidate, out var rank);
                var (person, parts) = candidate;
                evidence[i] = rank.Score / Balance(scratch, person);
                var endorsers = scratch.VouchMass[person] > 0 ? VouchScoring.EndorsersOf(person, vouches, query, scratch, reference) : null;
                var vouched = endorsers is null
                    ? VouchSummary.None
                    : new VouchSummary(endorsers.Count, [.. endorsers.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(EndorsersShown).Select(e => e.Key)]);
                found[i] = Explain(person, rank.Score, parts, concepts, scratch, vouched);
            }

            // Who has too little evidence beside the best is left out; of a question of several topics, by all
            // their evidence: who knows one of them well is listed after who knows each, not dropped.
            var threshold = found.Length == 0 ? 0 : evidence.Max() * Settings.MinimumShareOfBest;
            return [.. found.Where((_, i) => evidence[i] >= threshold)];
        }
        finally
        {
            Clean(scratch);
            scratches.Return(scratch);
        }
    }

    /// <summary>
    /// The query's best people, worst first out. Equal scores are ordered by name, then by position in the
    /// index, as the answer lists them: who is kept at the cut-off does not depend on the order people are read.
    /// </summary>
    private PriorityQueue<(int Person, ScoreParts Parts), (double Score, int Person)> Candidates(
        ExpertQuery query, QueryScratch scratch, float reference)
    {
        var queue = new PriorityQueue<(int, ScoreParts), (double, int)>(query.Top + 1, rankOrder);

        // Bounded: Top people score at least the Top-th best floor, so who cannot reach it is never added up.
        var floor = scratch.Clock.Bounded ? TopFloor(query, scratch) : double.NegativeInfinity;
        void Offer(int person)
        {
            if (IsExcluded(query, person) || LacksCore(scratch, person))
            {
                return;
            }

            var vouch = EvidenceFormula.FullVouch(scratch.VouchMass[person], reference, Settings);
            var declared = scratch.Declared.Total[person];
            var thanked = EvidenceFormula.ThanksLift(query.Thanked?.GetValueOrDefault(people[person].Id) ?? 0);
            if (!scratch.Exact[person] && scratch.Count[person] > 0)
            {
                var ceiling = EvidenceFormula.Ceiling(scratch.Upper[person] * thanked, declared * BoundMargin, vouch * BoundMargin, Settings) * Balance(scratch, person);
                var cut = queue.Count == query.Top && queue.TryPeek(out _, out var last) ? Math.Max(floor, last.Item1) : floor;
                if (ceiling < cut)
                {
                    return;
                }

                EnsureExact(scratch, person);
            }

            var parts = EvidenceFormula.Combine(scratch.Shows[person] * thanked, scratch.Corroborates[person], declared, vouch, reference, Settings)
                .Times(Balance(scratch, person));
            var score = parts.Shows + parts.Says + parts.Vouch;
            if (score <= 0 || (queue.Count == query.Top && queue.TryPeek(out _, out var worst) && rankOrder.Compare((score, person), worst) <= 0))
            {
                return;
            }

            queue.Enqueue((person, parts), (score, person));
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

    /// <summary>
    /// The Top-th highest floor among the people the pass met (nobody excluded): at least Top people score that
    /// much, so anyone whose ceiling is lower cannot be in the answer. Minus infinity when fewer were met.
    /// </summary>
    private double TopFloor(ExpertQuery query, QueryScratch scratch)
    {
        if (scratch.PeopleCount < query.Top)
        {
            return double.NegativeInfinity;
        }

        var floors = new PriorityQueue<int, float>(query.Top + 1);
        for (var k = 0; k < scratch.PeopleCount; k++)
        {
            var person = scratch.People[k];
            var lower = scratch.Lower[person];
            if (floors.Count == query.Top && (!floors.TryPeek(out _, out var least) || lower <= least))
            {
                continue;
            }

            if (IsExcluded(query, person) || LacksCore(scratch, person))
            {
                continue;
            }

            floors.Enqueue(person, lower);
            if (floors.Count > query.Top)
            {
                floors.Dequeue();
            }
        }

        return floors.Count == query.Top && floors.TryPeek(out _, out var floor) ? floor : double.NegativeInfinity;
    }

    // How evenly the person's work shows the question's topics (a ceiling until they are added up); without work, none.
    private static double Balance(QueryScratch scratch, int person) =>
        scratch.Topics < 2 ? 1
        : scratch.Count[person] > 0 ? scratch.Balance[person]
        : EvidenceFormula.Balance(stackalloc float[scratch.Topics], scratch.TopicStrong.AsSpan(0, scratch.Topics));

    // A short question about a known topic with other words: evidence with the other words alone does not answer it.
    private static bool LacksCore(QueryScratch scratch, int person) =>
        scratch.HasCore
        && (scratch.Count[person] == 0 || (scratch.Mask[person] & QueryConcept.CoreBit) == 0)
        && (scratch.Declared.Covered[person] & QueryConcept.CoreBit) == 0
        && scratch.VouchMass[person] == 0;

    // Hidden by their own choice (or outside a query restricted to some people): never in an answer, nor counted towards who could be.
    private bool IsExcluded(ExpertQuery query, int person) =>
        query.Excluded?.Contains(people[person].Id) == true || (query.Only is { } only && !only.Contains(people[person].Id));

    private ExpertMatch Explain(int person, double score, ScoreParts parts, IReadOnlyList<QueryConcept> concepts, QueryScratch scratch, VouchSummary vouched) =>
        MatchExplanation.Explain(people[person], person, score, parts, concepts, scratch, Shown, itemPrivate, vouched);

    private static void Clean(QueryScratch scratch)
    {
        for (var k = 0; k < scratch.PeopleCount; k++)
        {
            var person = scratch.People[k];
            scratch.Count[person] = 0;
            scratch.Shows[person] = 0;
            scratch.Corroborates[person] = 0;
            scratch.Exact[person] = false;
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
