using ExpertBot.Localization;

namespace ExpertBot.Expertise;

/// <summary>
/// What search reads of the organisation's topic model (<see cref="VocabularyTopicCatalogue"/>, the digest's topics):
/// the phrases that name each topic and, per topic, the items that are work on it — those showing its learned
/// vocabulary, named or not ("consumer groups", "brokers" and "partitions" are Kafka work without the word Kafka).
/// A question about such a topic also finds that work, at <see cref="ExpertiseSettings.LearnedTopicWeight"/> of a
/// strong match, so that whoever the digest features on a topic is found by asking about it. Immutable; pure.
/// </summary>
internal sealed class LearnedTopics
{
    // Lexicon keys are analysed words; a control character never is one.
    private const string KeyPrefix = "\u0001learned:";

    /// <summary>
    /// How many times a person's counted items (ItemsPerPerson) each topic's list keeps of a person's work: twice,
    /// so that items that also match the question's other words keep their learned part (measured on OrgSim seeds
    /// 7 and 8: once cost 0.001–0.003 NDCG@10, twice nothing, against the whole list).
    /// </summary>
    public const int ItemsKept = 2;

    /// <summary>
    /// An unnamed item is work on every topic whose vocabulary it shows at least this share as much as the one it
    /// shows most (measured on OrgSim seeds 7 and 8, docs/ranking.md: 1 (the most only) 0.820 / 0.820 NDCG@10, 0.8
    /// 0.828 / 0.825, 0.7 0.831 / 0.826, 0.6 0.833 / 0.827, 0.5 more sibling experts, 0 (every match) 0.822 / 0.823).
    /// </summary>
    public const double NearlyAsMuch = 0.7;

    /// <summary>How many topics' names of several words a word must end, to say only what kind a topic is.</summary>
    public const int SharedByTopics = 3;

    private static readonly string[][] NoForms = [];

    private readonly Dictionary<string, int> topicOfPhrase;
    private readonly Dictionary<string, int> topicOfKey;
    private readonly PhraseIndex phrases;
    private readonly HashSet<string> nameWords;
    private readonly HashSet<string> sharedNameWords;

    internal LearnedTopics(Dictionary<string, int> topicOfPhrase, string?[] keys, ConceptList[] lists, TopicName[]? names = null)
    {
        this.topicOfPhrase = topicOfPhrase;
        Keys = keys;
        Lists = lists;
        Names = names ?? NamesOfPhrases(topicOfPhrase, keys.Length);
        phrases = new PhraseIndex(topicOfPhrase.Keys);
        nameWords = topicOfPhrase.Keys.SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        sharedNameWords = [.. topicOfPhrase
            .Where(p => p.Key.Contains(' '))
            .Select(p => (Word: p.Key[(p.Key.LastIndexOf(' ') + 1)..], Topic: p.Value))
            .Distinct()
            .GroupBy(w => w.Word, StringComparer.Ordinal)
            .Where(g => g.Count() >= SharedByTopics)
            .Select(g => g.Key)];
        topicOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < keys.Length; t++)
        {
            if (keys[t] is { } key)
            {
                topicOfKey.TryAdd(key, t);
            }
        }
    }

    // The same topics, by the same names, with other lists: what the names give is shared, not derived again.
    private LearnedTopics(LearnedTopics named, ConceptList[] lists)
    {
        topicOfPhrase = named.topicOfPhrase;
        topicOfKey = named.topicOfKey;
        phrases = named.phrases;
        nameWords = named.nameWords;
        sharedNameWords = named.sharedNameWords;
        Keys = named.Keys;
        Names = named.Names;
        Lists = lists;
    }

    /// <summary>A rare word asks for the topic whose work holds at least this share of its items...</summary>
    public const double WordWorkShare = 0.3;

    /// <summary>...and at least this many (measured: 0.5 of at most 200 items, 0.3 of 1,000 and 0.2 of 2,000 all only helped).</summary>
    public const int WordWorkItems = 3;

    /// <summary>
    /// The learned topic whose work holds most of these items (a rare word's, in order), when it holds at least
    /// <see cref="WordWorkShare"/> of them and <see cref="WordWorkItems"/> items, as a concept that adds its work at
    /// weight: "SPO", written in SharePoint administrators' notes the organisation's topic model reads as SharePoint
    /// Online work, asks for SharePoint Online. Null otherwise. Each item's topic is read from work (every item of
    /// each topic's list, not capped per person).
    /// </summary>
    public QueryConcept? ConceptOfWork(ReadOnlySpan<int> items, LearnedWork work, float weight)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Count == 0 || weight <= 0 || items.Length < WordWorkItems)
        {
            return null;
        }

        var counts = new Dictionary<int, int>();
        foreach (var item in items)
        {
            if (work.TopicOf(item) is >= 0 and var topic)
            {
                counts[topic] = counts.GetValueOrDefault(topic) + 1;
            }
        }

        var best = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).FirstOrDefault();
        return counts.Count > 0 && best.Value >= WordWorkItems && best.Value >= WordWorkShare * items.Length && Lists[best.Key].Documents.Length > 0
            ? new QueryConcept(LearnedKey(best.Key), NoForms) { Weight = weight, Expansion = true }
            : null;
    }

    /// <summary>A learned topic's work as a concept that adds it at weight (<see cref="ClaimedTopic"/>).</summary>
    public static QueryConcept WorkOf(int topic, float weight) => new(LearnedKey(topic), NoForms) { Weight = weight, Expansion = true };

    /// <summary>No learned topic: search reads names only.</summary>
    public static LearnedTopics None { get; } = new([], [], []);

    public int Count => Lists.Length;

    /// <summary>Each phrase key ("event streaming", "kafka") and the topic it names.</summary>
    internal IReadOnlyDictionary<string, int> TopicOfPhrase => topicOfPhrase;

    /// <summary>Each topic's lexicon key, or null for a topic only the organisation's vocabulary names.</summary>
    internal string?[] Keys { get; }

    /// <summary>Each topic's name as the organisation writes it most (the lexicon's, for a topic it knows), in English and French.</summary>
    internal TopicName[] Names { get; }

    /// <summary>The topic's name in a language, for an answer that says how it read a question.</summary>
    public string NameOf(int topic, Language language) => language == Language.French ? Names[topic].French : Names[topic].English;

    // Without names (tests that build topics by hand): each topic's shortest phrase.
    private static TopicName[] NamesOfPhrases(Dictionary<string, int> topicOfPhrase, int count)
    {
        var names = new TopicName[count];
        foreach (var (phrase, topic) in topicOfPhrase.OrderBy(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            if (topic >= 0 && topic < count && names[topic] is null)
            {
                names[topic] = new TopicName(phrase, phrase);
            }
        }

        return [.. names.Select(n => n ?? new TopicName(string.Empty, string.Empty))];
    }

    /// <summary>Each topic's work items (index item numbers, ascending), each scored as one strong match on the topic.</summary>
    internal ConceptList[] Lists { get; }

    /// <summary>
    /// The topic model of the items the index builder fed its collector, in index order (rowOfItem: each item's
    /// row, -1 for one that is not work): each topic's work items scored at the topic's idf (a topic few items are
    /// work on tells more), the scale of one strong match on a name. An item showsWork rejects (a short
    /// post: <see cref="ExpertiseSettings.ShowsWork"/>) is no topic's work.
    /// </summary>
    public static LearnedTopics From(VocabularyTopicCatalogue catalogue, IReadOnlyList<int> rowOfItem, int itemCount, TopicLexicon lexicon, Func<int, bool>? showsWork = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(rowOfItem);
        ArgumentNullException.ThrowIfNull(lexicon);

        // A family ("databases") gathers its members' names, whose vocabularies differ: what its items share is the
        // office's phrasing more than any substance (measured on demo/org: a compliance officer's memos were
        // "database work"). An item is a family's learned work only when it is also work on one of its members
        // (Helm charts and ingress controllers are Kubernetes work and AKS work); asked by name, a family gathers
        // its members' lists as well. An item that names the family is its work as any named topic's is: "From
        // experience with k8s: debug the CrashLoopBackOff with kubectl describe" had been no Kubernetes work where
        // nobody wrote AKS, EKS or GKE (OrgSim seed 31: Kubernetes' learned work was two items).
        var parentOf = lexicon.Topics.Where(t => t.Parent is not null).GroupBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Parent!, StringComparer.Ordinal);
        var families = parentOf.Values.ToHashSet(StringComparer.Ordinal);
        var documents = catalogue.Topics.Select(_ => new List<int>()).ToArray();
        var familiesShown = new HashSet<string>(StringComparer.Ordinal); // the families of the members an item is work on
        var work = new List<TopicMatch>();
        for (var item = 0; item < rowOfItem.Count; item++)
        {
            if (rowOfItem[item] is >= 0 and var row && (showsWork is null || showsWork(item)))
            {
                work.Clear();
                work.AddRange(WorkOn(catalogue.RowTopics[row]));
                familiesShown.Clear();
                foreach (var match in work)
                {
                    if (catalogue.Topics[match.Topic].Key is { } key && parentOf.TryGetValue(key, out var parent))
                    {
                        familiesShown.Add(parent);
                    }
                }

                foreach (var match in work)
                {
                    if (match.Named || catalogue.Topics[match.Topic].Key is not { } key || !families.Contains(key) || familiesShown.Contains(key))
                    {
                        documents[match.Topic].Add(item);
                    }
                }
            }
        }

        // A topic named in French and its English twin are one topic's work in two languages: each reads both.
        foreach (var (french, english) in catalogue.Twins())
        {
            var both = documents[french].Union(documents[english]).Order().ToList();
            documents[french] = both;
            documents[english] = [.. both];
        }

        var lists = new ConceptList[documents.Length];
        for (var t = 0; t < lists.Length; t++)
        {
            var df = documents[t].Count;
            var idf = (float)Math.Log(1 + ((itemCount - df + 0.5) / (df + 0.5)));
            lists[t] = new ConceptList([.. documents[t]], [.. documents[t].Select(_ => idf)]);
        }

        return new LearnedTopics(
            new Dictionary<string, int>(catalogue.TopicOfPhrase, StringComparer.Ordinal),
            [.. catalogue.Topics.Select(t => t.Key)],
            lists,
            [.. catalogue.Topics.Select(t => new TopicName(t.Name, t.French))]);
    }

    /// <summary>
    /// The topics an item is work on for search: those it names, and of those it only shows, the ones whose
    /// vocabulary it shows nearly as much (<see cref="NearlyAsMuch"/>) as the topic it shows most, named or not: a
    /// "Spanish language playbook" shows the words every language topic shares and is not German work (OrgSim seeds
    /// 10, 11, 13: sibling experts in the top 5 30 → 7, 25 → 7, 14 → 4 of 3,000 slots). "Isolation levels, deadlocks and
    /// read preference" shares words with PostgreSQL and is MongoDB work (OrgSim: sibling experts in the top 5 fell
    /// from 49 to 32 and from 63 to 27 of 3,000 slots); "Helm chart values, CrashLoopBackOff, ingress controllers"
    /// is AKS work as much as microservices work, two topics whose vocabularies the organisation learned from the
    /// same items. The digest reads every match: a riser's new work may show a neighbouring topic too.
    /// </summary>
    internal static IEnumerable<TopicMatch> WorkOn(TopicMatch[] matches)
    {
        var most = 0;
        foreach (var match in matches)
        {
            most = Math.Max(most, match.Words);
        }

        return matches.Where(match => match.Named || match.Words >= most * NearlyAsMuch);
    }

    /// <summary>
    /// These topics with each person's work on each topic cut to their perPerson best items (by score times weight as
    /// of the newest item; the newest first among equals): a person's score adds up at most that many items, so
    /// the rest could only add to items that also match other words (or to a question asked as of an earlier day).
    /// A broad topic's list then holds at most perPerson items a person, which is what a query reads.
    /// </summary>
    public LearnedTopics Capped(int perPerson, IReadOnlyList<int> ownerOf, Func<int, float> weightOf)
    {
        ArgumentNullException.ThrowIfNull(ownerOf);
        ArgumentNullException.ThrowIfNull(weightOf);
        if (Count == 0 || perPerson <= 0)
        {
            return this;
        }

        var lists = new ConceptList[Lists.Length];
        var kept = new List<int>();
        var owned = new List<int>();
        for (var t = 0; t < lists.Length; t++)
        {
            var documents = Lists[t].Documents;
            kept.Clear();
            for (var start = 0; start < documents.Length;)
            {
                // Items are numbered by owner: one owner's items are consecutive in the ascending list.
                var end = start + 1;
                while (end < documents.Length && ownerOf[documents[end]] == ownerOf[documents[start]])
                {
                    end++;
                }

                if (end - start <= perPerson)
                {
                    for (var k = start; k < end; k++)
                    {
                        kept.Add(k);
                    }
                }
                else
                {
                    owned.Clear();
                    for (var k = start; k < end; k++)
                    {
                        owned.Add(k);
                    }

                    var scores = Lists[t].Scores;
                    owned.Sort((a, b) => (scores[b] * weightOf(documents[b])).CompareTo(scores[a] * weightOf(documents[a])) is var byWeight and not 0 ? byWeight : b.CompareTo(a));
                    owned.RemoveRange(perPerson, owned.Count - perPerson);
                    owned.Sort();
                    kept.AddRange(owned);
                }

                start = end;
            }

            lists[t] = kept.Count == documents.Length
                ? Lists[t]
                : new ConceptList([.. kept.Select(k => documents[k])], [.. kept.Select(k => Lists[t].Scores[k])]);
        }

        return new LearnedTopics(this, lists);
    }

    /// <summary>
    /// The learned topic a question's topic names, as a concept that adds its work at weight (nothing when none
    /// does): the whole topic as a known phrase, else its two words in their forms (aliases, translations) naming one of
    /// the organisation's own topics in either order (« routage BGP »: "BGP routing"), else its lexicon
    /// topic, else the longest known phrase in it that is more than words of its kind (<see cref="OfItsKind"/>). A
    /// question that is exactly one of the organisation's own phrases the lexicon does not know ("event streaming",
    /// « aménagement des espaces de travail ») gets ownPhraseWeight: its words alone match loosely, and the topic
    /// model is the best knowledge of what it means there.
    /// </summary>
    public QueryConcept? ConceptFor(string topic, IReadOnlyList<QueryConcept> asked, float weight, float ownPhraseWeight)
    {
        if (Count == 0 || weight <= 0)
        {
            return null;
        }

        var terms = TextAnalyzer.Terms(topic);
        int? found = topicOfPhrase.TryGetValue(string.Join(' ', terms), out var exact) ? exact : null;
        found ??= Translated(asked);
        var ownPhrase = found is { } e && Keys[e] is null;
        found ??= asked.Select(c => c.Key is { } key && topicOfKey.TryGetValue(key, out var t) ? t : (int?)null).FirstOrDefault(t => t is not null);
        if (found is null)
        {
            var named = new List<string>();
            phrases.Find(terms, named);
            found = named.Where(p => !OfItsKind(p, asked)).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)
                .Select(p => (int?)topicOfPhrase[p]).FirstOrDefault();
        }

        return found is { } topicId && Lists[topicId].Documents.Length > 0
            ? new QueryConcept(LearnedKey(topicId), NoForms) { Weight = ownPhrase ? Math.Max(weight, ownPhraseWeight) : weight, Expansion = true }
            : null;
    }

    // A phrase of nothing but the words that say what kind the topic asked is (QueryConcept.Kind): "compliance" of
    // "export compliance", "management" of "community management". Its own work (AML, KYC and SOX; leadership) is
    // of another topic of that kind, and read as the question's it outranked export control's own people.
    private static bool OfItsKind(string phrase, IReadOnlyList<QueryConcept> asked) =>
        phrase.Split(' ').All(word => asked.Any(c => c.Kind && c.Alternatives.Any(form => form is [var kind] && kind == word)));

    // « Routage BGP » is the organisation's "BGP routing": a topic of two words, each read in its forms (the lexicon's
    // aliases and translations: « routage » is routing), that in either order name one of its own topics. The first
    // such name, forms in their order.
    private int? Translated(IReadOnlyList<QueryConcept> asked)
    {
        if (asked is not [var first, var second] || first.Expansion || second.Expansion || (first.Alternatives.Count < 2 && second.Alternatives.Count < 2))
        {
            return null;
        }

        foreach (var (a, b) in (ReadOnlySpan<(QueryConcept, QueryConcept)>)[(first, second), (second, first)])
        {
            foreach (var left in a.Alternatives.Where(f => f.Length == 1).Take(MostForms))
            {
                foreach (var right in b.Alternatives.Where(f => f.Length == 1).Take(MostForms))
                {
                    if (topicOfPhrase.TryGetValue(left[0] + " " + right[0], out var topic) && Keys[topic] is null)
                    {
                        return topic;
                    }
                }
            }
        }

        return null;
    }

    // At most this many forms of each word are paired: the lexicon's widest topics have a dozen.
    private const int MostForms = 16;

    /// <summary>
    /// Whether a term ends the names of several of the organisation's topics ("law" of competition law, contract
    /// law and employment law; "language" of Japanese and German language): the head of those names, it says of
    /// what kind a topic is, not which (<see cref="QueryConcept.Kind"/>). The words before it tell topics apart
    /// ("Amazon EKS", "data protection") and are not counted.
    /// </summary>
    public bool IsSharedNameWord(string term) => sharedNameWords.Contains(term);

    /// <summary>Whether a term is a word of one of the organisation's names for a topic ("finop", "pricing").</summary>
    public bool IsNameWord(string term) => nameWords.Contains(term);

    /// <summary>Whether the organisation's work names a topic with exactly these words ("SIEM and detection engineering").</summary>
    public bool IsPhrase(string text) => Count > 0 && topicOfPhrase.ContainsKey(string.Join(' ', TextAnalyzer.Terms(text)));

    /// <summary>The list a learned concept reads.</summary>
    public bool TryGet(QueryConcept concept, out ConceptList list)
    {
        if (TopicOf(concept) is { } topic)
        {
            list = Lists[topic];
            return true;
        }

        list = null!;
        return false;
    }

    /// <summary>The learned topic a concept of <see cref="ConceptFor"/> reads, or null for any other concept.</summary>
    public int? TopicOf(QueryConcept concept) =>
        concept.Key is { } key && key.StartsWith(KeyPrefix, StringComparison.Ordinal)
            && int.TryParse(key.AsSpan(KeyPrefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var topic)
            && topic >= 0 && topic < Lists.Length
            ? topic
            : null;

    /// <summary>The learned topic that is this lexicon topic, or null.</summary>
    public int? TopicOfKey(string key) => topicOfKey.TryGetValue(key, out var topic) ? topic : null;

    private static string LearnedKey(int topic) => KeyPrefix + topic.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A learned topic's name in English and in French (the same when the organisation writes it one way).</summary>
internal sealed record TopicName(string English, string French);
