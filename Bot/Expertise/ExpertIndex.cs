using System.Runtime.InteropServices;
using ExpertBot.Localization;

namespace ExpertBot.Expertise;

/// <summary>
/// The evidence of an organisation, indexed for "who knows X?". Two BM25 fields: the items people authored
/// or were named in (what their work shows) and each person's profile (what they say). Endorsements live in
/// a separate <see cref="SocialGraph"/> so that they can change without a rebuild. Private items are never
/// shown; by default they are not indexed at all. Pure: no IO.
/// </summary>
/// <remarks>
/// The index is what callers hold; the work is done by parts with one job each: <see cref="IndexedEvidence"/>
/// (the data, fixed once built), <see cref="ActivityPrior"/> (settled once, by <see cref="ActivityCalibration"/>),
/// <see cref="QueryEvaluator"/> (one query, in a scratch from a bounded pool: <see cref="ShowsScoring"/>,
/// <see cref="VouchScoring"/>, <see cref="EvidenceFormula"/>, <see cref="MatchExplanation"/>) and
/// <see cref="OwnTopics"/> ("my expertise", by the same evaluation). This class reads the question: its spelling,
/// its topics and the organisation's learned work on them.
/// </remarks>
internal sealed class ExpertIndex
{
    private readonly IndexedEvidence evidence;
    private readonly Dictionary<string, int> personIndex;
    private readonly Dictionary<string, int[]> peopleByName;
    private readonly ActivityPrior activity;
    private readonly LearnedTopics learnedTopics;

    // Which learned topics each item is work on, every item of each topic (search reads the lists capped per person).
    private readonly LearnedWork learnedWork;
    private readonly ClaimedTopic claimedTopic;
    private readonly Spelling spelling;
    private readonly QueryEvaluator evaluator;
    private readonly OwnTopics ownTopics;

    /// <summary>The index of evidence built (<see cref="ExpertIndexBuilder"/>) or loaded (ExpertIndexStore), with its lexicon, endorsements and topic model.</summary>
    internal ExpertIndex(IndexedEvidence evidence, TopicLexicon lexicon, SocialGraph social, LearnedTopics? learnedTopics = null)
    {
        this.evidence = evidence;
        var (people, items, itemPerson, itemField, declaredField, settings) =
            (evidence.People, evidence.Items, evidence.ItemPerson, evidence.ItemField, evidence.DeclaredField, evidence.Settings);
        Lexicon = lexicon;
        Social = social;

        personIndex = new Dictionary<string, int>(people.Length, StringComparer.Ordinal);
        var names = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < people.Length; i++)
        {
            personIndex.TryAdd(people[i].Id, i);
            var name = FoldName(people[i].DisplayName);
            if (!names.TryGetValue(name, out var list))
            {
                names[name] = list = [];
            }

            list.Add(i);
        }

        peopleByName = names.ToDictionary(n => n.Key, n => n.Value.ToArray(), StringComparer.Ordinal);
        activity = new ActivityPrior(evidence);
        spelling = new Spelling(itemField, people.Select(p => p.DisplayName));

        // Every known topic's scores, so that a query on one reads a list instead of all its forms' postings.
        var (itemFacts, itemClass) = (evidence.ItemFacts, evidence.ItemClass);
        learnedWork = LearnedWork.Of((learnedTopics ?? LearnedTopics.None).Lists, itemFacts.Length);
        this.learnedTopics = (learnedTopics ?? LearnedTopics.None).Capped(
            LearnedTopics.ItemsKept * settings.ItemsPerPerson, itemPerson, item => evidence.Weigh(1f, itemFacts[item], itemClass[item], fading: 1));
        var mentions = settings.MentionWeight < 1 ? new MentionRule(learnedWork, this.learnedTopics, lexicon, (float)settings.MentionWeight) : null;
        var itemLists = (settings.UseLexicon
            ? ConceptLists.Build(itemField, lexicon, itemField.DocumentCount, WithFacts, mentions)
            : ConceptLists.None).With(this.learnedTopics, (float)settings.LearnedTopicWeight, WithFacts);
        var declaredLists = settings.UseLexicon ? ConceptLists.Build(declaredField, lexicon, declaredField.DocumentCount) : ConceptLists.None;
        evaluator = new QueryEvaluator(
            evidence, new ShowsScoring(evidence, activity, itemLists, this.learnedTopics, learnedWork, mentions), itemLists, declaredLists, new VouchScoring(personIndex, lexicon), new ItemSignatures(itemField), social);
        ownTopics = new OwnTopics(evidence, lexicon, evaluator);
        claimedTopic = new ClaimedTopic(evidence, learnedWork, this.learnedTopics.Count > 0 && settings.LearnedTopicWeight > 0, social, personIndex, lexicon);

        // Last, when search works: the organisation's answered questions asked again say whether the prior holds here.
        if (settings.CalibrateActivityPrior)
        {
            var (answered, asked) = ActivityCalibration.AnsweredQuestions(items, settings.ActivityKinds);
            ActivityCalibration = ActivityCalibration.Measure(answered, settings.ActivityPrior, (question, prior) =>
            {
                activity.Strength = prior;
                return [.. Search(new ExpertQuery(question, asked, ActivityCalibration.ListLength)).Select(m => m.Person.Id)];
            });
        }
        else
        {
            ActivityCalibration = ActivityCalibration.None;
        }

        activity.Settle(!settings.CalibrateActivityPrior || ActivityCalibration.Applies ? settings.ActivityPrior : 0);
    }

    public int PeopleCount => evidence.People.Length;

    public int ItemCount => evidence.Items.Length;

    /// <summary>The curated lexicon plus the acronyms learned from this organisation's text.</summary>
    public TopicLexicon Lexicon { get; }

    /// <summary>The endorsements of the organisation the index was built from; a query may bring a newer one.</summary>
    public SocialGraph Social { get; }

    public ExpertiseSettings Settings => evidence.Settings;

    /// <summary>Whether the activity prior applies to this organisation, and what its answered questions measured.</summary>
    public ActivityCalibration ActivityCalibration { get; }

    /// <summary>The newest item's time: "now" for a snapshot, so that measurements are reproducible.</summary>
    public DateTimeOffset LatestTimestamp => evidence.LatestTimestamp;

    /// <summary>The data the index holds (<see cref="IndexedEvidence"/>), for saving it and for measurements.</summary>
    internal IndexedEvidence Evidence => evidence;

    /// <summary>The organisation's topic model as search reads it (empty when the index was built without it).</summary>
    internal LearnedTopics LearnedTopics => learnedTopics;

    /// <summary>Which learned topics each item is work on, every item counted (what the store saves of the topics' work).</summary>
    internal LearnedWork LearnedWork => learnedWork;

    public static ExpertIndex Build(Organisation organisation, ExpertiseSettings? settings = null) =>
        ExpertIndexBuilder.Build(organisation, settings ?? ExpertiseSettings.Default);

    /// <summary>
    /// A known topic's list of items made ready to be read alone: each entry with its item's facts and weight
    /// class, owner by owner, each owner's items best first as of the newest item (then in item order).
    /// </summary>
    private ConceptList WithFacts(ConceptList list)
    {
        var n = list.Documents.Length;
        var order = new int[n];
        var keys = new (int Person, float Negated, int Item)[n];
        for (var k = 0; k < n; k++)
        {
            var item = list.Documents[k];
            var facts = evidence.ItemFacts[item];
            order[k] = k;
            keys[k] = (facts.Person, -evidence.Weigh(list.Scores[k], facts, evidence.ItemClass[item], fading: 1), item);
        }

        Array.Sort(keys, order);
        return list with
        {
            Documents = [.. order.Select(k => list.Documents[k])],
            Scores = [.. order.Select(k => list.Scores[k])],
            Facts = [.. order.Select(k => evidence.ItemFacts[list.Documents[k]])],
            Classes = [.. order.Select(k => evidence.ItemClass[list.Documents[k]])],
        };
    }

    public Person? FindPerson(string id) => personIndex.TryGetValue(id, out var i) ? evidence.People[i] : null;

    /// <summary>People by display name, accents and case ignored; a partial name finds everyone whose name has all its words.</summary>
    public IReadOnlyList<Person> FindPeopleByName(string name)
    {
        var folded = FoldName(name);
        if (folded.Length == 0)
        {
            return [];
        }

        if (peopleByName.TryGetValue(folded, out var exact))
        {
            return [.. exact.Select(i => evidence.People[i])];
        }

        var words = folded.Split(' ');
        return [.. peopleByName
            .Where(n => words.All(w => n.Key.Split(' ').Contains(w, StringComparer.Ordinal)))
            .SelectMany(n => n.Value)
            .Select(i => evidence.People[i])];
    }

    /// <summary>What a person says of themselves, phrase by phrase.</summary>
    internal static IEnumerable<string> Declared(Person person)
    {
        foreach (var list in (IReadOnlyList<string>[])[person.Skills, person.Responsibilities, person.PastProjects, person.Interests])
        {
            foreach (var phrase in list)
            {
                yield return phrase;
            }
        }

        if (!string.IsNullOrWhiteSpace(person.AboutMe))
        {
            yield return person.AboutMe;
        }
    }

    private static string FoldName(string name) =>
        string.Join(' ', TextFolding.Fold(name).Split((char[])[' ', '\t', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The per-query working memory this index lends to its queries (bounded: see <see cref="QueryScratchPool"/>).</summary>
    internal QueryScratchPool Scratches => evaluator.Scratches;

    /// <summary>
    /// The lexicon topics a person's own evidence supports, best first, each scored by the very search that
    /// answers "who knows it?" restricted to this person (<see cref="OwnTopics"/>), for "my expertise".
    /// </summary>
    public IReadOnlyList<PersonTopic> TopicsFor(string personId, DateTimeOffset asOf, int top, Language language = Language.English) =>
        personIndex.TryGetValue(personId, out var person) ? ownTopics.Of(person, asOf, top, language) : [];

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

        var asked = Read(topic);
        return evaluator.Evaluate(query, asked.Concepts, exhaustive, LearnedConcepts(asked, query.AsOf), asked.Texts);
    }

    // The topics of a question as search reads them: the lexicon's, and the organisation's own phrases.
    private AskedTopics Read(string topic) =>
        QueryTopics.Read(topic, Lexicon, Settings.UseLexicon, DocumentFrequency, learnedTopics.IsPhrase, learnedTopics.IsSharedNameWord);

    /// <summary>
    /// The work on the learned topic each of the question's topics names (<see cref="LearnedTopics"/>), tagged with
    /// its topic: "Oracle Database and Redis" reads the work on each that never names it (RMAN, Data Guard; AOF,
    /// hot keys), so that who shows both counts as knowing both. A topic that is one rare word no topic is named by
    /// reads the topic whose work it is mostly written in by the moment asked (<see cref="LearnedTopics.ConceptOfWork"/>). None for a
    /// paragraph: it names incidental phrases.
    /// </summary>
    private QueryConcept[] LearnedConcepts(AskedTopics asked, DateTimeOffset asOf) => [.. LearnedReadings(asked, asOf).Select(r => r.Concept)];

    // The learned concepts and why each is read: the topic's own, the one its rare word is written in, the one its claimants work on.
    private List<(QueryConcept Concept, TopicReadingReason? Reason)> LearnedReadings(AskedTopics asked, DateTimeOffset asOf)
    {
        var (concepts, texts) = (asked.Concepts, asked.Texts);
        var learned = new List<(QueryConcept Concept, TopicReadingReason? Reason)>(texts.Count);
        for (var s = 0; s < texts.Count; s++)
        {
            var own = concepts.Where(c => c.Segment == s).ToArray();
            if (own.Length > 0 && QueryTopics.IsTopic(own.Length, own.All(c => c.Named))
                && learnedTopics.ConceptFor(texts[s], own, (float)Settings.LearnedTopicWeight, (float)Settings.OwnPhraseWeight) is { } concept)
            {
                learned.Add((concept with { Segment = s }, null));
            }
            else if (own is [{ Key: null, Kind: false, Alternatives: [[var word]] }]
                && evidence.ItemField.TryGet(word, out var start, out var end) && end - start <= RareWordItems
                && learnedTopics.ConceptOfWork(WrittenBy(evidence.ItemField.Documents.AsSpan(start, end - start), asOf), learnedWork, (float)Settings.LearnedTopicWeight) is { } ofWork)
            {
                // A word no topic is named by, written mostly in one topic's work ("SPO" in SharePoint notes), asks for it.
                learned.Add((ofWork with { Segment = s }, TopicReadingReason.WrittenInItsWork));
            }

            // A phrase people list among their skills, or are endorsed for, also asks for the topic their work is on
            // ("OIDC": OAuth work). Not a curated topic for another: its other names are curated, and another curated
            // topic its claimants work on is a neighbour ("Oracle Database" administrators run PostgreSQL too).
            if (own.Length > 0 && Settings.LearnedTopicWeight > 0 && QueryTopics.IsTopic(own.Length, own.All(c => c.Named))
                && claimedTopic.Of(Forms(own), learned.LastOrDefault(c => c.Concept.Segment == s).Concept is { } named ? learnedTopics.TopicOf(named) : null) is { } claimed
                && !(own is [{ Key: { } curated }] && learnedTopics.Keys[claimed] is { } other && other != curated))
            {
                learned.Add((LearnedTopics.WorkOf(claimed, (float)Settings.LearnedTopicWeight) with { Segment = s }, TopicReadingReason.ClaimedByItsPeople));
            }
        }

        return learned;
    }

    /// <summary>
    /// How a search reads a question besides its words, for the answer to say so: a topic of it also read as the
    /// organisation's topic its rare word is written in ("SPO": SharePoint Online work), or the one the colleagues
    /// who list it or are endorsed for it work on ("OIDC": OAuth 2.0 / OpenID Connect). Each as asked (after spelling
    /// correction), the topic's name in the language, and why. Empty for most questions.
    /// </summary>
    public IReadOnlyList<TopicReading> ReadingsOf(ExpertQuery query, Language language)
    {
        ArgumentNullException.ThrowIfNull(query);
        var asked = Read(CorrectSpelling(query.Topic) ?? query.Topic);
        var readings = new List<TopicReading>();
        foreach (var (concept, reason) in LearnedReadings(asked, query.AsOf))
        {
            if (reason is { } why && learnedTopics.TopicOf(concept) is { } learned && concept.Segment < asked.Texts.Count
                && learnedTopics.NameOf(learned, language) is { Length: > 0 } name
                && !string.Equals(TextFolding.Fold(name), TextFolding.Fold(asked.Texts[concept.Segment]), StringComparison.OrdinalIgnoreCase))
            {
                readings.Add(new TopicReading(asked.Texts[concept.Segment], name, why));
            }
        }

        return readings;
    }

    // A topic's ways of being written: one concept's forms (its aliases), or the words of several side by side.
    private static IReadOnlyList<string[]> Forms(QueryConcept[] own) =>
        own.Length == 1 ? own[0].Alternatives : [[.. own.SelectMany(c => c.Alternatives.Count > 0 ? c.Alternatives[0] : [])]];

    // A word in more items than this says more than one topic's work: its items are not read for their topic.
    private const int RareWordItems = 1000;

    // Of a word's items, those written by a moment: a question asked as of an earlier date reads nothing written after it.
    private ReadOnlySpan<int> WrittenBy(ReadOnlySpan<int> items, DateTimeOffset asOf)
    {
        var ticks = asOf.UtcTicks;
        if (ticks >= evidence.LatestTimestamp.UtcTicks)
        {
            return items;
        }

        var written = new List<int>(items.Length);
        foreach (var item in items)
        {
            if (evidence.ItemTicks[item] <= ticks)
            {
                written.Add(item);
            }
        }

        return CollectionsMarshal.AsSpan(written);
    }

    private int DocumentFrequency(string term) => evidence.ItemField.TryGet(term, out var start, out var end) ? end - start : 0;

    /// <summary>
    /// The broader topic a known narrower one belongs to (PostgreSQL → databases), named in the language given, when
    /// the same query (its moment, endorsements and hidden people) finds someone for it; otherwise null. Offered when
    /// nobody's work shows the narrower one, never answered in its place.
    /// </summary>
    public string? BroaderTopic(ExpertQuery query, Language language)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Settings.UseLexicon && Lexicon.Entry(Lexicon.Normalise(CorrectSpelling(query.Topic) ?? query.Topic)) is { Parent: { } parent }
            && Lexicon.NameInSentence(parent, language) is var broader && Search(query with { Topic = broader, Top = 1 }).Count > 0
            ? broader
            : null;
    }

    /// <summary>
    /// The topic as the organisation writes it when the question has a typo ("kubernets" → "kubernetes"), or
    /// null: a search answers for the corrected topic, and the card says so ("did you mean …?").
    /// </summary>
    public string? CorrectSpelling(string topic) => Settings.UseLexicon ? spelling.Correct(topic, Lexicon, learnedTopics.IsNameWord) : null;
}
