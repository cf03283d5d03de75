namespace ExpertBot.Expertise;

/// <summary>
/// Answers one query over an index's evidence, in a scratch rented from a bounded pool and returned when done: what
/// people say (their profiles), what their work shows (<see cref="ShowsScoring"/>), what colleagues vouch
/// (<see cref="VouchScoring"/>), combined by <see cref="EvidenceFormula"/> for the people who may reach the answer,
/// and why each is in it (<see cref="MatchExplanation"/>). Shared by every query of the index; holds no query's state.
/// </summary>
internal sealed class QueryEvaluator
{
    private const int EndorsersShown = 3;

    private readonly IndexedEvidence evidence;
    private readonly ExpertiseSettings settings;
    private readonly ShowsScoring shows;
    private readonly ConceptLists itemLists;
    private readonly ConceptLists declaredLists;
    private readonly VouchScoring vouchScoring;
    private readonly ItemSignatures signatures;
    private readonly SocialGraph social;
    private readonly RankOrder rankOrder;

    public QueryEvaluator(IndexedEvidence evidence, ShowsScoring shows, ConceptLists itemLists, ConceptLists declaredLists, VouchScoring vouchScoring, ItemSignatures signatures, SocialGraph social)
    {
        this.evidence = evidence;
        settings = evidence.Settings;
        this.shows = shows;
        this.itemLists = itemLists;
        this.declaredLists = declaredLists;
        this.vouchScoring = vouchScoring;
        this.signatures = signatures;
        this.social = social;
        rankOrder = new RankOrder(evidence.People);
        Scratches = new QueryScratchPool(evidence.Items.Length, evidence.People.Length, settings.ItemsPerPerson);
    }

    /// <summary>The per-query working memory lent to queries (bounded: see <see cref="QueryScratchPool"/>).</summary>
    public QueryScratchPool Scratches { get; }

    /// <summary>
    /// The people whose evidence best matches the query's concepts (and the organisation's learned work on them),
    /// at most query.Top, best first, each with why. <paramref name="exhaustive"/> scores every posting of every
    /// word and adds everyone up: the reference the fast path must equal, for tests.
    /// </summary>
    public ExpertMatch[] Evaluate(
        ExpertQuery query, IReadOnlyList<QueryConcept> concepts, bool exhaustive, IReadOnlyList<QueryConcept>? learned = null, IReadOnlyList<string>? topics = null)
    {
        if (concepts.Count == 0 || query.Top <= 0)
        {
            return [];
        }

        var scratch = Scratches.Rent();
        try
        {
            scratch.HasCore = concepts.Any(c => c.Core);
            var declaredReference = scratch.Declared.Score(evidence.DeclaredField, concepts, declaredLists, exhaustive, settings.CommonWordShare);
            var reference = shows.ScoreShows([.. concepts, .. Expansions(concepts, query.AsOf, scratch, exhaustive), .. (learned ?? [])], query.AsOf, scratch, exhaustive);
            if (reference <= 0)
            {
                reference = declaredReference > 0 ? declaredReference : 1f;
            }

            var vouches = vouchScoring.Vouches(query, query.Social ?? social, concepts, scratch, reference, endorser => shows.EnsureExact(scratch, endorser));
            var candidates = Candidates(query, scratch, reference);

            // Dequeued worst first: the answer is filled from its end.
            var found = new ExpertMatch[candidates.Count];
            var alone = new double[found.Length];
            for (var i = found.Length - 1; i >= 0; i--)
            {
                candidates.TryDequeue(out var candidate, out var rank);
                var (person, parts) = candidate;
                alone[i] = rank.Score / Balance(scratch, person);
                var endorsers = scratch.VouchMass[person] > 0 ? VouchScoring.EndorsersOf(person, vouches, query, scratch, reference) : null;
                var vouched = endorsers is null
                    ? VouchSummary.None
                    : new VouchSummary(endorsers.Count, [.. endorsers.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(EndorsersShown).Select(e => e.Key)]);
                found[i] = Explain(person, rank.Score, parts, concepts, scratch, vouched) with { Coverage = Coverage(scratch, person, topics) };
            }

            // Who has too little evidence beside the best is left out; of a question of several topics, by all
            // their evidence: who knows one of them well is listed after who knows each, not dropped.
            var threshold = found.Length == 0 ? 0 : alone.Max() * settings.MinimumShareOfBest;
            return [.. found.Where((_, i) => alone[i] >= threshold)];
        }
        finally
        {
            Clean(scratch);
            Scratches.Return(scratch);
        }
    }

    /// <summary>What the question's best matches add to it (<see cref="QueryExpansion"/>): scored once, then the scorer is cleared.</summary>
    private IReadOnlyList<QueryConcept> Expansions(IReadOnlyList<QueryConcept> concepts, DateTimeOffset asOf, QueryScratch scratch, bool exhaustive)
    {
        if (!QueryExpansion.Applies(concepts, settings))
        {
            return [];
        }

        var now = asOf.UtcTicks;
        scratch.Items.Score(evidence.ItemField, concepts, itemLists, exhaustive, settings.CommonWordShare, shows.Mentions);

        // Learned from work others use, not from announcing or asking (a clique's posts would teach its own words).
        var expansions = QueryExpansion.Expand(
            concepts, scratch.Items, signatures, item => !evidence.ItemPrivate[item] && evidence.ItemTicks[item] <= now && !evidence.ClassAnnounces[evidence.ItemClass[item]], settings,
            term => CommonWords.IsCommon(evidence.ItemField, term, settings.CommonWordShare));
        scratch.Items.Clear();
        return expansions;
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

            var vouch = EvidenceFormula.FullVouch(scratch.VouchMass[person], reference, settings);
            var declared = scratch.Declared.Total[person];
            var thanked = EvidenceFormula.ThanksLift(query.Thanked?.GetValueOrDefault(evidence.People[person].Id) ?? 0);
            if (!scratch.Exact[person] && scratch.Count[person] > 0)
            {
                var ceiling = EvidenceFormula.Ceiling(scratch.Upper[person] * thanked, declared * ShowsScoring.BoundMargin, vouch * ShowsScoring.BoundMargin, settings) * Balance(scratch, person);
                var cut = queue.Count == query.Top && queue.TryPeek(out _, out var last) ? Math.Max(floor, last.Item1) : floor;
                if (ceiling < cut)
                {
                    return;
                }

                shows.EnsureExact(scratch, person);
            }

            var parts = EvidenceFormula.Combine(scratch.Shows[person] * thanked, scratch.Corroborates[person], declared, vouch, reference, settings)
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
        query.Excluded?.Contains(evidence.People[person].Id) == true || (query.Only is { } only && !only.Contains(evidence.People[person].Id));

    // Of a question of several topics read as a list (scratch.Topics: each part a topic), which ones the person's work shows.
    private static TopicCoverage? Coverage(QueryScratch scratch, int person, IReadOnlyList<string>? topics)
    {
        if (topics is null || scratch.Topics < 2 || topics.Count != scratch.Topics)
        {
            return null;
        }

        var shown = scratch.Count[person] > 0 ? scratch.Mask[person] : 0;
        return new TopicCoverage(topics, [.. topics.Where((_, t) => (shown & (1U << t)) != 0)]);
    }

    private ExpertMatch Explain(int person, double score, ScoreParts parts, IReadOnlyList<QueryConcept> concepts, QueryScratch scratch, VouchSummary vouched) =>
        MatchExplanation.Explain(evidence.People[person], person, score, parts, concepts, scratch, evidence.Shown, evidence.ItemPrivate, vouched);

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
