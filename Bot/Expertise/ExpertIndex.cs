namespace ExpertBot.Expertise;

/// <summary>
/// The evidence of an organisation, indexed for "who knows X?". Two BM25 fields: the items people authored
/// or were named in (what their work shows) and each person's profile (what they say). Endorsements live in
/// a separate <see cref="SocialGraph"/> so that they can change without a rebuild. Private items are never
/// shown; by default they are not indexed at all. Pure: no IO.
/// </summary>
internal sealed partial class ExpertIndex
{
    private readonly Person[] people;
    private readonly Dictionary<string, int> personIndex;
    private readonly Dictionary<string, int[]> peopleByName;
    private readonly EvidenceItem[] items;
    private readonly Excerpts excerpts;
    private readonly int[] itemPerson;
    private readonly float[] itemWeight;
    private readonly long[] itemTicks;
    private readonly bool[] itemPrivate;
    private readonly int[] personItemOffsets;
    private readonly int[] personItems;
    private readonly float[] activity;

    // What a query reads of each matching item, side by side in 8 bytes: eight items per cache line.
    private readonly ItemFacts[] itemFacts;

    // Items have few distinct weights (one per kind): each item's class, and each class's weight and lasting part.
    private readonly byte[] itemClass;
    private readonly float[] classWeight;
    private readonly float[] classLasting;

    // Whether the items of a weight class announce (posts) rather than do the work: see ExpertiseSettings.AnnouncedAlone.
    private readonly bool[] classAnnounces;
    private readonly float[] activityFactor;

    // The activity prior in force: Settings.ActivityPrior when the organisation's history shows it (set once, while
    // the constructor measures it; see ActivityCalibration), otherwise 0.
    private double activityPrior;

    // decayWeights[n]: how much n items count at most, relative to the best one (1 + Decay + Decay^2 + ...).
    private readonly double[] decayWeights;
    private readonly InvertedField itemField;
    private readonly InvertedField declaredField;
    private readonly ConceptLists itemLists;
    private readonly ConceptLists declaredLists;
    private readonly LearnedTopics learnedTopics;
    private readonly QueryScratchPool scratches;
    private readonly VouchScoring vouchScoring;
    private readonly Spelling spelling;
    private readonly ItemSignatures signatures;
    private readonly RankOrder rankOrder;

    internal ExpertIndex(
        Person[] people,
        EvidenceItem[] items,
        Excerpts excerpts,
        int[] itemPerson,
        float[] itemWeight,
        long[] itemTicks,
        bool[] itemPrivate,
        InvertedField itemField,
        InvertedField declaredField,
        TopicLexicon lexicon,
        SocialGraph social,
        ExpertiseSettings settings,
        LearnedTopics? learnedTopics = null)
    {
        for (var item = 1; item < itemPerson.Length; item++)
        {
            if (itemPerson[item] < itemPerson[item - 1])
            {
                throw new ArgumentException("The items must be grouped by owner, in the order people are listed.", nameof(itemPerson));
            }
        }

        this.people = people;
        this.items = items;
        this.excerpts = excerpts;
        this.itemPerson = itemPerson;
        this.itemWeight = itemWeight;
        this.itemTicks = itemTicks;
        this.itemPrivate = itemPrivate;
        this.itemField = itemField;
        this.declaredField = declaredField;
        rankOrder = new RankOrder(people);
        scratches = new QueryScratchPool(items.Length, people.Length, settings.ItemsPerPerson);
        decayWeights = new double[Math.Max(1, settings.ItemsPerPerson) + 1];
        for (var n = 1; n < decayWeights.Length; n++)
        {
            decayWeights[n] = decayWeights[n - 1] + Math.Pow(settings.ItemDecay, n - 1);
        }

        Lexicon = lexicon;
        Social = social;
        Settings = settings;

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

        vouchScoring = new VouchScoring(personIndex, lexicon);
        peopleByName = names.ToDictionary(n => n.Key, n => n.Value.ToArray(), StringComparer.Ordinal);

        // Each person's items, for explanations and "my expertise": a counting sort by owner.
        personItemOffsets = new int[people.Length + 1];
        foreach (var owner in itemPerson)
        {
            personItemOffsets[owner + 1]++;
        }

        for (var i = 0; i < people.Length; i++)
        {
            personItemOffsets[i + 1] += personItemOffsets[i];
        }

        personItems = new int[itemPerson.Length];
        var fill = personItemOffsets[..^1];
        for (var item = 0; item < itemPerson.Length; item++)
        {
            personItems[fill[itemPerson[item]]++] = item;
        }

        var latest = long.MinValue;
        foreach (var ticks in itemTicks)
        {
            latest = Math.Max(latest, ticks);
        }

        LatestTimestamp = latest == long.MinValue ? DateTimeOffset.UnixEpoch : new DateTimeOffset(latest, TimeSpan.Zero);
        // An item's recency as of a moment is floor + (1 - floor) * 2^(-age / halfLife): split into the part
        // that never fades and the part that does, as of the newest item, a query multiplies the fading part
        // by one factor (2^(-(asOf - newest) / halfLife)) instead of raising 2 to a power per item.
        var halfLife = settings.HalfLifeYears * TimeSpan.TicksPerDay * 365.25;
        itemFacts = new ItemFacts[itemPerson.Length];
        itemClass = new byte[itemPerson.Length];
        var weights = new List<(float Weight, bool Announces)>();
        for (var item = 0; item < itemFacts.Length; item++)
        {
            var fading = halfLife > 0 ? Math.Pow(2, -(latest - itemTicks[item]) / halfLife) : 1;
            itemFacts[item] = new ItemFacts(itemPerson[item], (float)(itemWeight[item] * (1 - settings.RecencyFloor) * fading));
            var weightClass = ClassOf(weights, itemWeight[item], settings.AnnouncingKinds.Contains(items[item].Kind));

            itemClass[item] = checked((byte)weightClass);
        }

        classWeight = [.. weights.Select(w => w.Weight)];
        classAnnounces = [.. weights.Select(w => w.Announces)];
        classLasting = [.. weights.Select(w => (float)(w.Weight * settings.RecencyFloor))];

        activity = new float[people.Length];
        activityFactor = new float[people.Length];
        for (var person = 0; person < people.Length; person++)
        {
            activity[person] = (float)CountActivity(person, LatestTimestamp.UtcTicks);
        }

        spelling = new Spelling(itemField, people.Select(p => p.DisplayName));
        signatures = new ItemSignatures(itemField);

        // Every known topic's scores, so that a query on one reads a list instead of all its forms' postings.
        this.learnedTopics = (learnedTopics ?? LearnedTopics.None).Capped(
            LearnedTopics.ItemsKept * settings.ItemsPerPerson, itemPerson, item => Weigh(1f, itemFacts[item], itemClass[item], fading: 1));
        itemLists = (settings.UseLexicon
            ? ConceptLists.Build(itemField, lexicon, itemField.DocumentCount, WithFacts)
            : ConceptLists.None).With(this.learnedTopics, (float)settings.LearnedTopicWeight, WithFacts);
        declaredLists = settings.UseLexicon ? ConceptLists.Build(declaredField, lexicon, declaredField.DocumentCount) : ConceptLists.None;

        // Last, when search works: the organisation's answered questions asked again say whether the prior holds here.
        if (settings.CalibrateActivityPrior)
        {
            var (answered, asked) = ActivityCalibration.AnsweredQuestions(items, settings.ActivityKinds);
            ActivityCalibration = ActivityCalibration.Measure(answered, settings.ActivityPrior, (question, prior) =>
            {
                activityPrior = prior;
                return [.. Search(new ExpertQuery(question, asked, ActivityCalibration.ListLength)).Select(m => m.Person.Id)];
            });
        }
        else
        {
            ActivityCalibration = ActivityCalibration.None;
        }

        activityPrior = !settings.CalibrateActivityPrior || ActivityCalibration.Applies ? settings.ActivityPrior : 0;
        for (var person = 0; person < people.Length; person++)
        {
            activityFactor[person] = (float)(1 + activityPrior * Math.Log(1 + activity[person]));
        }
    }

    public int PeopleCount => people.Length;

    public int ItemCount => items.Length;

    /// <summary>The curated lexicon plus the acronyms learned from this organisation's text.</summary>
    public TopicLexicon Lexicon { get; }

    /// <summary>The endorsements of the organisation the index was built from; a query may bring a newer one.</summary>
    public SocialGraph Social { get; }

    public ExpertiseSettings Settings { get; }

    /// <summary>Whether the activity prior applies to this organisation, and what its answered questions measured.</summary>
    public ActivityCalibration ActivityCalibration { get; }

    /// <summary>The newest item's time: "now" for a snapshot, so that measurements are reproducible.</summary>
    public DateTimeOffset LatestTimestamp { get; }

    internal IReadOnlyList<Person> People => people;

    /// <summary>The items without their text: an untitled item's excerpt is <see cref="Excerpt"/>, the item as shown <see cref="Shown"/>.</summary>
    internal IReadOnlyList<EvidenceItem> Items => items;

    /// <summary>The excerpt a card shows of an untitled item, or null.</summary>
    internal string? Excerpt(int item) => excerpts[item];

    /// <summary>An item as evidence shows it: with its excerpt as text when it has no title.</summary>
    internal EvidenceItem Shown(int item) => excerpts[item] is { } excerpt ? items[item] with { Text = excerpt } : items[item];

    internal int[] ItemPerson => itemPerson;

    internal float[] ItemWeight => itemWeight;

    internal long[] ItemTicks => itemTicks;

    internal bool[] ItemPrivate => itemPrivate;

    internal InvertedField ItemField => itemField;

    internal InvertedField DeclaredField => declaredField;

    /// <summary>The organisation's topic model as search reads it (empty when the index was built without it).</summary>
    internal LearnedTopics LearnedTopics => learnedTopics;

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
            var facts = itemFacts[item];
            order[k] = k;
            keys[k] = (facts.Person, -Weigh(list.Scores[k], facts, itemClass[item], fading: 1), item);
        }

        Array.Sort(keys, order);
        return list with
        {
            Documents = [.. order.Select(k => list.Documents[k])],
            Scores = [.. order.Select(k => list.Scores[k])],
            Facts = [.. order.Select(k => itemFacts[list.Documents[k]])],
            Classes = [.. order.Select(k => itemClass[list.Documents[k]])],
        };
    }

    public Person? FindPerson(string id) => personIndex.TryGetValue(id, out var i) ? people[i] : null;

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
            return [.. exact.Select(i => people[i])];
        }

        var words = folded.Split(' ');
        return [.. peopleByName
            .Where(n => words.All(w => n.Key.Split(' ').Contains(w, StringComparer.Ordinal)))
            .SelectMany(n => n.Value)
            .Select(i => people[i])];
    }

    /// <summary>What a person says of themselves, phrase by phrase.</summary>
    // The class of an item's weight and announcing, added when new (a loop: few classes, two million items).
    private static int ClassOf(List<(float Weight, bool Announces)> weights, float weight, bool announces)
    {
        for (var c = 0; c < weights.Count; c++)
        {
            if (weights[c].Weight.Equals(weight) && weights[c].Announces == announces)
            {
                return c;
            }
        }

        weights.Add((weight, announces));
        return weights.Count - 1;
    }

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

    /// <summary>
    /// How much authored work a person shows at a moment: documents, posts and answers (not meetings, not what
    /// they declare), each counting 1 when new and half after ActivityHalfLifeDays, so who is active now leads.
    /// </summary>
    private double Activity(int person, long asOf)
    {
        var latest = LatestTimestamp.UtcTicks;
        if (asOf < latest)
        {
            return CountActivity(person, asOf);
        }

        var halfLife = Settings.ActivityHalfLifeDays * TimeSpan.TicksPerDay;
        return halfLife > 0 ? activity[person] * Math.Pow(2, -(asOf - latest) / halfLife) : activity[person];
    }

    /// <summary>The factor <see cref="Activity"/> multiplies every count by when asked at or after the newest item; -1 before it.</summary>
    private double ActivityDecay(long asOf)
    {
        var latest = LatestTimestamp.UtcTicks;
        if (asOf < latest)
        {
            return -1;
        }

        var halfLife = Settings.ActivityHalfLifeDays * TimeSpan.TicksPerDay;
        return halfLife > 0 ? Math.Pow(2, -(asOf - latest) / halfLife) : 1;
    }

    /// <summary><see cref="Activity"/> at or after the newest item, given <see cref="ActivityDecay"/>: the same arithmetic.</summary>
    private double ActivityAfter(int person, double decay) =>
        Settings.ActivityHalfLifeDays * TimeSpan.TicksPerDay > 0 ? activity[person] * decay : activity[person];

    private bool IsActivity(int item) => Settings.ActivityKinds.Contains(items[item].Kind);

    private double CountActivity(int person, long asOf)
    {
        var halfLife = Settings.ActivityHalfLifeDays * TimeSpan.TicksPerDay;
        var count = 0.0;
        for (var k = personItemOffsets[person]; k < personItemOffsets[person + 1]; k++)
        {
            var item = personItems[k];
            if (IsActivity(item) && itemTicks[item] <= asOf)
            {
                count += halfLife > 0 ? Math.Pow(2, -(asOf - itemTicks[item]) / halfLife) : 1;
            }
        }

        return count;
    }

    /// <summary>The per-query working memory this index lends to its queries (bounded: see <see cref="QueryScratchPool"/>).</summary>
    internal QueryScratchPool Scratches => scratches;

    /// <summary>
    /// The order of an answer, worst first: lower score, then, at equal scores, the name that would be listed
    /// later, then the later position in the index. Total, so the people kept never depend on reading order.
    /// </summary>
    private sealed class RankOrder(Person[] people) : IComparer<(double Score, int Person)>
    {
        public int Compare((double Score, int Person) x, (double Score, int Person) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            if (byScore != 0 || x.Person == y.Person)
            {
                return byScore;
            }

            var byName = string.CompareOrdinal(people[y.Person].DisplayName, people[x.Person].DisplayName);
            return byName != 0 ? byName : y.Person.CompareTo(x.Person);
        }
    }
}
