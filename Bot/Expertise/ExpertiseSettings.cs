namespace ExpertBot.Expertise;

/// <summary>
/// The weights of the ranking, in one place so that they can be measured and explained. The defaults are the
/// ones docs/ranking.md describes; change them only with before/after figures.
/// </summary>
internal sealed record ExpertiseSettings
{
    public static ExpertiseSettings Default { get; } = new();

    /// <summary>The first ranking, for before/after measurements: plain BM25 sum of a person's ten best items, words only.</summary>
    public static ExpertiseSettings Baseline { get; } = new()
    {
        RecencyFloor = 1,
        ItemDecay = 1,
        DeclaredAlone = 0,
        DeclaredCorroborated = 0,
        VouchWeight = 0,
        MinimumShareOfBest = 0,
        KindWeights = new Dictionary<string, double>(),
        OtherKindWeight = 1,
        UseLexicon = false,
        ActivityPrior = 0,
        CorroborationKindWeight = 0,
        CoverageExponent = 0,
        TopicStrength = 0,
        SubstanceWords = 0,
        VouchAlone = 1,
        FeedbackWeight = 0,
        AnnouncedAlone = 1,
        ChatterWords = 0,
        MentionWeight = 1,
        LearnedTopicWeight = 0,
        CommonWordShare = 0,
        TermSaturation = Bm25Parameters.Textbook.TermSaturation,
        LengthNormalisation = Bm25Parameters.Textbook.LengthNormalisation,
    };

    /// <summary>Whether aliases, acronyms and translations widen a query (off only to measure what they bring).</summary>
    public bool UseLexicon { get; init; } = true;

    /// <summary>
    /// Whether the curated bilingual lexicon seeds what the index knows; off, only what it learns from the
    /// organisation's own text remains (to measure how the ranking does on topics nobody curated).
    /// </summary>
    public bool UseCuratedLexicon { get; init; } = true;

    /// <summary>
    /// BM25's k1 for items and profiles: how much more an item counts for naming a word again. Far below the usual 1.2,
    /// because at work an item shows a topic by being about it, and naming it over and over is how promotion reads
    /// ("FinOps strategy vision 2027" names FinOps twenty times): measured with 0.15–1.2 (docs/ranking.md).
    /// </summary>
    public double TermSaturation { get; init; } = 0.3;

    /// <summary>
    /// BM25's b: less length normalisation than the usual 0.75, because for expertise a long document about a topic
    /// is more evidence than a one-line post naming it (measured: fewer promoters in the top 5, no set worse). With k1
    /// 0.3, 0.75 measured NDCG@10 the same and MAP +0.005, but cost a quarter more time at 100,000 people (docs/ranking.md).
    /// </summary>
    public double LengthNormalisation { get; init; } = 0.5;

    /// <summary>The two BM25 parameters together, as the index's fields take them.</summary>
    public Bm25Parameters Bm25 => new(TermSaturation, LengthNormalisation);

    /// <summary>After this many years an item counts half as much as a new one.</summary>
    public double HalfLifeYears { get; init; } = 1.5;

    /// <summary>Old expertise fades but does not vanish: an item never counts less than this share.</summary>
    public double RecencyFloor { get; init; } = 0.25;

    /// <summary>How the items of one person add up: the n-th best item counts Decay^n (1 would be a plain sum).</summary>
    public double ItemDecay { get; init; } = 0.75;

    /// <summary>At most this many items per person count.</summary>
    public int ItemsPerPerson { get; init; } = 10;

    /// <summary>Declared skills alone count this share of their match...</summary>
    public double DeclaredAlone { get; init; } = 0.15;

    /// <summary>...and up to this share when work or credible colleagues corroborate them.</summary>
    public double DeclaredCorroborated { get; init; } = 0.6;

    /// <summary>One fully credible endorsement is worth this share of a strongly matching item; more add up with diminishing returns.</summary>
    public double VouchWeight { get; init; } = 0.6;

    /// <summary>
    /// Vouches alone count this share; they count fully when the person's own work corroborates them as it
    /// corroborates declared skills. Colleagues confirm what work shows; they cannot replace it (rings).
    /// </summary>
    public double VouchAlone { get; init; } = 0.25;

    /// <summary>Work worth this many strong matching items fully corroborates what a person declares.</summary>
    public double CorroborationItems { get; init; } = 2;

    /// <summary>Only items of kinds weighing at least this much corroborate declared skills: being named in meetings does not.</summary>
    public double CorroborationKindWeight { get; init; } = 0.3;

    /// <summary>Nobody scoring below this share of the best person is listed: a list is not filled for the sake of it.</summary>
    public double MinimumShareOfBest { get; init; } = 0.15;

    /// <summary>
    /// Who answers colleagues now is likelier to answer the next question: what a person's work shows grows by
    /// 1 + this × ln(1 + activity), activity counting their items of <see cref="ActivityKinds"/>, each fading
    /// by half every <see cref="ActivityHalfLifeDays"/>. Logarithmic, so busy people do not take over a topic. Only
    /// where the organisation's own answered questions show it (<see cref="ActivityCalibration"/>): elsewhere 0.
    /// </summary>
    public double ActivityPrior { get; init; } = 0.35;

    public double ActivityHalfLifeDays { get; init; } = 14;

    /// <summary>
    /// Whether the organisation's answered questions decide if the activity prior applies (<see cref="ActivityCalibration"/>);
    /// off, it applies as set (to measure it everywhere: eval --set CalibrateActivityPrior=false).
    /// </summary>
    public bool CalibrateActivityPrior { get; init; } = true;

    /// <summary>The kinds that count as activity: authored answers; not meetings, not what a person declares.</summary>
    public IReadOnlySet<string> ActivityKinds { get; init; } = new HashSet<string>(StringComparer.Ordinal) { EvidenceKinds.Answer };

    /// <summary>
    /// A question of several topics ("Kubernetes and Terraform", « RGPD et droit du travail ») favours people whose work covers
    /// more of it: what their work shows is multiplied by the covered share of the question to this power.
    /// </summary>
    public double CoverageExponent { get; init; } = 1;

    /// <summary>
    /// A question of several topics ranks first who shows each of them: a person's score is multiplied by how
    /// evenly their work shows the topics (<see cref="EvidenceFormula.Balance"/>), where a strong showing of a
    /// topic is this many strong matches on it (items weighed by kind and age, the best counting most): one. 0 turns it off.
    /// </summary>
    public double TopicStrength { get; init; } = 1;

    /// <summary>
    /// Pseudo-relevance feedback: the words shared by the question's best FeedbackItems matching items of work (in
    /// at least FeedbackMinItems of them, at most FeedbackTerms words, none the organisation writes everywhere) join
    /// a question of one topic with this much weight in all (<see cref="QueryExpansion"/>). Off (0) by default:
    /// at 0.6 OrgSim seeds 7 and 8 and demo/org gain 0.002–0.005, but an organisation whose items all name their
    /// topic does not (seed 10, French −0.007), demo/org's Kubernetes questions lose 0.07 to French work that shares
    /// more words, and a question of one topic would rank it otherwise than the same topic in a list
    /// (docs/ranking.md). Measure it with eval --set FeedbackWeight=0.6.
    /// </summary>
    public double FeedbackWeight { get; init; }

    public int FeedbackItems { get; init; } = 20;

    public int FeedbackTerms { get; init; } = 5;

    public int FeedbackMinItems { get; init; } = 3;

    /// <summary>
    /// A word of the question that is not a known topic and that more than this share of the items hold
    /// ("management" in "supplier risk management") only adds to items its topic's other words match: alone it
    /// says nothing of the topic (Lucene's CommonTermsQuery). Not in a paragraph read word by word, where every
    /// word is the question's. 0 turns it off. 0.3%: OrgSim seeds 7 and 8 gained 0.011 NDCG@10 with it, and
    /// 0.15% let ring members in (docs/ranking.md).
    /// </summary>
    public double CommonWordShare { get; init; } = 0.003;

    /// <summary>Private items are never shown; by default they do not count either.</summary>
    public bool CountPrivateItems { get; init; }

    /// <summary>Authoring counts more than being named: the weight of each kind of item.</summary>
    public IReadOnlyDictionary<string, double> KindWeights { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [EvidenceKinds.Document] = 1.0,
        // A post announces; a document or an answer is work others use.
        [EvidenceKinds.Post] = 0.7,
        [EvidenceKinds.Answer] = 1.0,
        [EvidenceKinds.Message] = 0.6,
        [EvidenceKinds.Comment] = 0.5,
        [EvidenceKinds.Question] = 0.5,
        [EvidenceKinds.Meeting] = 0.1,
    };

    /// <summary>The weight of a kind the table does not list.</summary>
    public double OtherKindWeight { get; init; } = 0.8;

    public double KindWeight(string kind) => KindWeights.TryGetValue(kind, out var weight) ? weight : OtherKindWeight;

    /// <summary>
    /// A post, message or comment shorter than this many indexed words (a title counts double) counts in
    /// proportion to its length: a one-line post naming a topic ("Why X changes everything") shows less than
    /// work others use, whatever BM25's length normalisation makes of it. Documents and answers are exempt: a
    /// document synced from Graph may come with its title alone. 0 turns it off.
    /// </summary>
    public double SubstanceWords { get; init; } = 40;

    /// <summary>
    /// A person whose only evidence on a topic is of <see cref="AnnouncingKinds"/> or chatter (<see cref="ChatterWords"/>; posts: "Why X changes
    /// everything", "Excited to share my journey with X"; questions: "Where can I learn the basics of X?") shows
    /// this share of it: announcing is not doing, asking is not knowing, and someone who works on a topic leaves
    /// documents, answers or messages about it too. 1 turns it off. 0.3 since questions joined (OrgSim seeds 7 / 8
    /// NDCG@10 0.805 → 0.808 / 0.807, manager slots 2 → 0 / 3 → 2; at 0.5, 6 / 3).
    /// </summary>
    public double AnnouncedAlone { get; init; } = 0.3;

    /// <summary>
    /// A message or comment of at most this many indexed words ("Exactly, that's where X brings value.", "Great
    /// post! Sharing with my network #X") is chatter: like a post it names a topic without the work others use, so
    /// it announces (<see cref="AnnouncedAlone"/>), unless it shows the vocabulary of a learned topic the question
    /// reads, or of any when it reads none ("Done with kanban boards, next on my lean list: root cause analysis";
    /// "So proud of what we're building on BGP routing together" is product management work, not BGP work: read as
    /// work on any topic it let ring members in, gamed seed 7 ring slots 29 → 25). A clique had escaped the rule with
    /// one such comment each. Measured (docs/ranking.md): OrgSim gamed seeds 8 and 7 ring-member slots in the top 5 18 → 16 and
    /// 31 → 29, self-promoters 30 → 26 and 21; demo/org MAP 0.827 → 0.826, every other set unchanged. Counting all
    /// chatter as announcing, even what shows a vocabulary, gave 13 and 22 ring slots but cost demo/org's weakest
    /// experts, who write one-line status messages (NDCG@10 −0.001, −0.007 with the lexicon off). 10 words is two
    /// eighths of <see cref="SubstanceWords"/>; 0 turns it off.
    /// </summary>
    public double ChatterWords { get; init; } = 10;

    /// <summary>
    /// What an item that names a known topic counts of that match when it is other learned topics' work and not
    /// this one's, its family's or its members' (<see cref="MentionRule"/>): it shows other topics' vocabulary and
    /// none of the one it names. "Résumé : rapprocher l'interface paie, et surveiller le Metadata Framework" is SAP
    /// SuccessFactors work that mentions payroll; "Microsoft Teams administration" had listed SharePoint people
    /// whose notes mention Teams. Measured (docs/ranking.md): OrgSim seed 32 "Microsoft Teams administration"
    /// 0.30 → 0.68 NDCG@10, seeds 31 / 32 +0.001 / +0.002, MAP +0.001 on seeds 7, 8 and 32, gamed seed 8 sibling
    /// experts in the top 5 7 → 3; no set lower. 1 turns it off.
    /// </summary>
    public double MentionWeight { get; init; } = 0.5;

    /// <summary>
    /// Whether an item of this kind and weight (<see cref="ItemWeight"/>, which holds its length in eighths of
    /// <see cref="SubstanceWords"/>) is chatter: a message or comment no longer than <see cref="ChatterWords"/>.
    /// </summary>
    public bool IsChatter(string kind, double weight)
    {
        var kindWeight = KindWeight(kind);
        return ChatterWords > 0 && SubstanceWords > 0 && kindWeight > 0 && SubstanceKinds.Contains(kind) && !AnnouncingKinds.Contains(kind)
            && Math.Round(8 * weight / kindWeight) <= Math.Floor(8 * ChatterWords / SubstanceWords);
    }

    /// <summary>
    /// What an item counts, relative to a strong match on a topic's name, when it is work on the learned topic the
    /// question names (it shows the topic's vocabulary: <see cref="LearnedTopics"/>); added to any match on the name.
    /// 0 turns it off and the index is then built without the topic model.
    /// </summary>
    public double LearnedTopicWeight { get; init; } = 0.5;

    /// <summary>
    /// The same for a question that is exactly one of the organisation's own topic phrases the lexicon does not know
    /// (a skill or endorsed phrase: "event streaming"): its words match loosely, the topic model knows what it means
    /// there. 1: as much as a name match (0.5 measured 0.794 on OrgSim, 1.0 0.806, 1.5 the same).
    /// </summary>
    public double OwnPhraseWeight { get; init; } = 1.0;

    /// <summary>The kinds that announce or ask rather than do the work others use.</summary>
    public IReadOnlySet<string> AnnouncingKinds { get; init; } = new HashSet<string>(StringComparer.Ordinal) { EvidenceKinds.Post, EvidenceKinds.Meeting, EvidenceKinds.Question };

    /// <summary>The kinds whose short items count by their substance.</summary>
    public IReadOnlySet<string> SubstanceKinds { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        EvidenceKinds.Post, EvidenceKinds.Message, EvidenceKinds.Comment,
    };

    /// <summary>
    /// Whether an item can be work on a learned topic it shows: an item of a kind that announces and counts by its
    /// substance (a post) only at full substance. A short post names a topic to be seen with it ("Proud of this crew
    /// 💪 #SAPSuccessFactors"); where a clique posts most of what names a thin topic, its cheering shows the topic's
    /// learned vocabulary, which that cheering shaped (OrgSim seed 8: ring-member slots 4 → 1, promoters 9 → 5).
    /// </summary>
    public bool ShowsWork(string kind, double indexedWords) =>
        SubstanceWords <= 0 || indexedWords >= SubstanceWords || !AnnouncingKinds.Contains(kind) || !SubstanceKinds.Contains(kind);

    /// <summary>An item's weight: its kind's, shrunk by its substance in eighths (so that items keep few distinct weights).</summary>
    public double ItemWeight(string kind, double indexedWords) =>
        KindWeight(kind) * (SubstanceWords <= 0 || !SubstanceKinds.Contains(kind)
            ? 1
            : Math.Max(1, Math.Ceiling(8 * Math.Min(1, indexedWords / SubstanceWords))) / 8);
}
