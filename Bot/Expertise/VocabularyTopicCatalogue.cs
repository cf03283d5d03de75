
namespace ExpertBot.Expertise;

/// <summary>
/// The digest's topics, from the same knowledge as search: every topic of the index's lexicon (curated and
/// learned from the organisation, named in the reader's language), plus the organisation's own vocabulary —
/// the skills people list and the topics colleagues endorse — for what the lexicon does not know. A topic is
/// kept only when the work of several people names it (a claim alone never makes a topic). A phrase the lexicon
/// knows is that lexicon topic ("k8s" is Kubernetes); other phrases used by the same people are merged into one
/// topic by who uses them. Which items are work on a topic is decided by the topic's learned
/// <see cref="TopicVocabulary"/>, not by its name alone.
/// </summary>
internal sealed class VocabularyTopicCatalogue : ITopicCatalogue
{
    private const int MaxPhraseTerms = TopicModelCollector.MaxPhraseTerms;
    private const int MinPeople = 3;
    private const double MergeOverlap = 0.6;
    private const double MergeShareOfTopic = 0.25;

    // A "topic" the work of this share of people names ("budget", "management" in every status update) is office language.
    // Only in an organisation of some size: in a team of five, everyone names the team's topic.
    private const double MaxPeopleShare = 0.2;
    private const int SharedBy = 100;

    private readonly TopicLexicon lexicon;
    private readonly Dictionary<string, int> topicOfPhrase;
    private readonly PhraseIndex phrases;
    private readonly Dictionary<string, int> wordIds;
    private readonly TopicVocabulary vocabulary;
    private readonly Lazy<Dictionary<string, TopicMatch[]>> itemTopics;

    private VocabularyTopicCatalogue(
        TopicLexicon lexicon, IReadOnlyList<CatalogueTopic> topics, Dictionary<string, int> topicOfPhrase,
        Dictionary<string, int> wordIds, TopicVocabulary vocabulary, TopicMatch[][] rowTopics, IReadOnlyList<string> rowItemIds)
    {
        this.lexicon = lexicon;
        Topics = topics;
        this.topicOfPhrase = topicOfPhrase;
        this.wordIds = wordIds;
        this.vocabulary = vocabulary;
        RowTopics = rowTopics;

        // By item id only for the digest, which matches items; the index builder reads rows and never pays for it.
        itemTopics = new(() => Enumerable.Range(0, rowTopics.Length)
            .Where(row => rowTopics[row].Length > 0)
            .ToDictionary(row => rowItemIds[row], row => rowTopics[row], StringComparer.Ordinal));
        phrases = new PhraseIndex(topicOfPhrase.Keys);
    }

    public IReadOnlyList<CatalogueTopic> Topics { get; }

    /// <summary>Each phrase key and the topic it names.</summary>
    internal IReadOnlyDictionary<string, int> TopicOfPhrase => topicOfPhrase;

    /// <summary>The topics of an organisation, with the lexicon of its search index (<see cref="ExpertIndex.Lexicon"/>).</summary>
    public static VocabularyTopicCatalogue Build(Organisation organisation, TopicLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var collector = new TopicModelCollector(organisation, lexicon);
        var terms = new List<string>();
        var known = new TextAnalyzer.TermCache();
        foreach (var item in organisation.Signals)
        {
            collector.BeginItem(item);
            if (TopicModelCollector.IsWork(item))
            {
                // The text as the index reads it, so that this is the model the index builder collects.
                terms.Clear();
                TextAnalyzer.AddTerms(item.Title, terms, known);
                collector.AddTerms(terms);
                terms.Clear();
                TextAnalyzer.AddTerms(ExpertIndexBuilder.IndexedText(item.Text), terms, known);
                collector.AddTerms(terms);
            }

            collector.EndItem(item);
        }

        return collector.Build(lexicon);
    }

    /// <summary>The topics of what a collector read (the index builder's items, or an organisation's).</summary>
    internal static VocabularyTopicCatalogue Build(TopicModelCollector collected, TopicLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(collected);
        ArgumentNullException.ThrowIfNull(lexicon);
        var candidates = collected.Candidates;
        var wordIds = collected.WordIds;
        var working = collected.RowPeople.Distinct(StringComparer.Ordinal).Count();
        var (topics, topicOfCandidate, naming) = Cluster(candidates, collected.Users, working < SharedBy ? int.MaxValue : (int)(MaxPeopleShare * working));

        // A topic named in French joins its English twin, found by who names both.
        var spoken = TopicTwins.OfPeople(
            [.. topics.Select(t => t.Name)], [.. topics.Select(t => t.Key is not null)], naming, collected.FrenchSpeakers, collected.OtherSpeakers, working);
        (topics, topicOfCandidate) = Join(topics, topicOfCandidate, spoken);

        var topicOfPhrase = candidates.OfPhrase
            .Where(p => topicOfCandidate[p.Value] >= 0)
            .ToDictionary(p => p.Key, p => topicOfCandidate[p.Value], StringComparer.Ordinal);

        // A topic's own names are not its vocabulary: naming it is not showing its substance.
        var nameWords = topics.Select(_ => new HashSet<int>()).ToArray();
        foreach (var (phrase, topic) in topicOfPhrase)
        {
            foreach (var term in phrase.Split(' '))
            {
                if (wordIds.TryGetValue(term, out var id))
                {
                    nameWords[topic].Add(id);
                }
            }
        }

        var namedTopics = new int[collected.Rows][];
        for (var row = 0; row < namedTopics.Length; row++)
        {
            var named = collected.CandidatesOf(row);
            namedTopics[row] = named.Length == 0 ? [] : NamedTopics(named, topicOfCandidate);
        }

        var vocabulary = TopicVocabulary.Learn(namedTopics.Length, collected.WordsOf, row => namedTopics[row], wordIds.Count, nameWords);
        var rowTopics = new TopicMatch[collected.Rows][];
        var people = topics.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        var scratch = new TopicVocabulary.Scratch(topics.Length);
        for (var row = 0; row < namedTopics.Length; row++)
        {
            var work = vocabulary.WorkTopics(collected.WordsOf(row), namedTopics[row], scratch);
            rowTopics[row] = work;
            foreach (var m in work)
            {
                people[m.Topic].Add(collected.RowPeople[row]);
            }
        }

        var counted = topics.Select((t, i) => t with { People = people[i].Count }).ToArray();
        return new VocabularyTopicCatalogue(lexicon, counted, topicOfPhrase, wordIds, vocabulary, rowTopics, collected.RowItemIds);
    }

    // Each topic named in French joins its English twin (TopicTwins.OfPeople), one topic of the model with the phrases of
    // both, named in French by the first French name to join it unless it has one ("SDWAN" joins SD-WAN, and is no
    // French name); numbered again.
    private static (CatalogueTopic[] Topics, int[] TopicOfCandidate) Join(CatalogueTopic[] topics, int[] topicOfCandidate, IReadOnlyList<(int French, int English)> twins)
    {
        var joining = twins.Select(t => t.French).ToHashSet();
        var number = new int[topics.Length];
        var kept = new List<CatalogueTopic>(topics.Length);
        for (var t = 0; t < topics.Length; t++)
        {
            if (!joining.Contains(t))
            {
                number[t] = kept.Count;
                kept.Add(topics[t]);
            }
        }

        foreach (var (french, english) in twins)
        {
            number[french] = number[english];
            var twin = kept[number[english]];
            kept[number[english]] = twin with
            {
                Phrases = [.. twin.Phrases.Concat(topics[french].Phrases).Distinct(StringComparer.OrdinalIgnoreCase)],
                French = twin.French == twin.Name && TopicTwins.IsFrench(topics[french].Name) ? topics[french].Name : twin.French,
            };
        }

        return ([.. kept], [.. topicOfCandidate.Select(t => t >= 0 ? number[t] : -1)]);
    }

    /// <summary>The topics each work item the collector read is work on, by row (<see cref="TopicModelCollector.RowOfItem"/>).</summary>
    internal IReadOnlyList<TopicMatch[]> RowTopics { get; }

    private static int[] NamedTopics(ReadOnlySpan<int> candidates, int[] topicOfCandidate)
    {
        var topics = new List<int>(candidates.Length);
        foreach (var c in candidates)
        {
            var topic = topicOfCandidate[c];
            if (topic >= 0 && !topics.Contains(topic))
            {
                topics.Add(topic);
            }
        }

        return [.. topics];
    }

    /// <summary>The topics named in French and their English twins (<see cref="TopicTwins"/>), by index in <see cref="Topics"/>.</summary>
    internal IReadOnlyList<(int French, int English)> Twins() =>
        TopicTwins.Of([.. Topics.Select(t => t.Name)], vocabulary.ByTopic(Topics.Count));

    /// <summary>The words that show work on a topic besides its names, for explanations and measurements.</summary>
    public IReadOnlyList<string> VocabularyOf(int topic)
    {
        var words = wordIds.ToDictionary(w => w.Value, w => w.Key);
        return [.. vocabulary.WordsOf(topic).Select(id => words[id]).Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<TopicMatch> Match(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!TopicModelCollector.IsWork(item))
        {
            return [];
        }

        if (itemTopics.Value.TryGetValue(item.Id, out var known))
        {
            return known;
        }

        // An item the model was not built from: the same analysis, without learning new words.
        var found = new List<string>();
        var title = TextAnalyzer.Terms(item.Title);
        var text = TextAnalyzer.Terms(ExpertIndexBuilder.IndexedText(item.Text));
        phrases.Find(title, found);
        phrases.Find(text, found);
        var words = title.Concat(text).Select(t => wordIds.TryGetValue(t, out var id) ? id : -1).Where(id => id >= 0).Distinct().ToArray();
        return vocabulary.WorkTopics(words, [.. found.Select(p => topicOfPhrase[p]).Distinct()], new TopicVocabulary.Scratch(Topics.Count));
    }

    public int? Resolve(string words)
    {
        if (PhraseIndex.Key(words, MaxPhraseTerms) is { } key && topicOfPhrase.TryGetValue(key, out var exact))
        {
            return exact;
        }

        // "k8s", « orchestration de conteneurs »: any name the lexicon knows for a topic the organisation works on.
        var concept = lexicon.Concepts(TextAnalyzer.Terms(words)).FirstOrDefault(c => c.Key is not null);
        if (concept?.Key is { } lexiconKey && Topics.Select((t, i) => (t, i)).FirstOrDefault(t => t.t.Key == lexiconKey) is { t: not null } hit)
        {
            return hit.i;
        }

        // "Kubernetes upgrades" names Kubernetes: the longest known phrase inside the words.
        var found = new List<string>();
        phrases.Find(TextAnalyzer.Terms(words), found);
        return found.OrderByDescending(p => p.Length).Select(p => (int?)topicOfPhrase[p]).FirstOrDefault();
    }

    // Most used first; a lexicon topic stands on its own, another phrase joins the topic most of its users also name.
    private static (CatalogueTopic[] Topics, int[] TopicOfCandidate, HashSet<string>[] Naming) Cluster(TopicCandidates candidates, HashSet<string>?[] users, int maxPeople)
    {
        var topicOf = Enumerable.Repeat(-1, candidates.Count).ToArray();
        var clusters = new List<(int Main, HashSet<string> People, List<int> Members)>();
        var kept = Enumerable.Range(0, candidates.Count)
            .Where(c => users[c] is { Count: >= MinPeople } named && named.Count <= maxPeople)
            .OrderByDescending(c => users[c]!.Count).ThenBy(c => c)
            .ToArray();
        foreach (var c in kept)
        {
            var people = users[c]!;
            var best = -1;
            var bestOverlap = 0.0;
            for (var k = 0; k < clusters.Count && candidates.Entry(c) is null; k++)
            {
                // Lexicon topics are search's: they take no phrase search does not know ("treasury" is not accounting,
                // whatever its people also write). Others merge when most of the phrase's users name the topic, and
                // they are not a sliver of a topic many name.
                if (candidates.Entry(clusters[k].Main) is not null)
                {
                    continue;
                }

                var shared = people.Count(clusters[k].People.Contains);
                var overlap = (double)shared / people.Count;
                if (overlap > bestOverlap && shared >= MergeShareOfTopic * clusters[k].People.Count)
                {
                    (best, bestOverlap) = (k, overlap);
                }
            }

            if (best >= 0 && bestOverlap >= MergeOverlap)
            {
                clusters[best].Members.Add(c);
                topicOf[c] = best;
            }
            else
            {
                topicOf[c] = clusters.Count;
                clusters.Add((c, people, [c]));
            }
        }

        var topics = clusters.Select(k => candidates.Topic(k.Main, k.Members)).ToArray();
        return (topics, topicOf, [.. clusters.Select(k => k.People)]);
    }
}
