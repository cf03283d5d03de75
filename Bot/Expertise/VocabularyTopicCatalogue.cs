
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
    private const int MaxPhraseTerms = 6;
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
    private readonly Dictionary<string, TopicMatch[]> itemTopics;

    private VocabularyTopicCatalogue(
        TopicLexicon lexicon, IReadOnlyList<CatalogueTopic> topics, Dictionary<string, int> topicOfPhrase,
        Dictionary<string, int> wordIds, TopicVocabulary vocabulary, Dictionary<string, TopicMatch[]> itemTopics)
    {
        this.lexicon = lexicon;
        Topics = topics;
        this.topicOfPhrase = topicOfPhrase;
        this.wordIds = wordIds;
        this.vocabulary = vocabulary;
        this.itemTopics = itemTopics;
        phrases = new PhraseIndex(topicOfPhrase.Keys);
    }

    public IReadOnlyList<CatalogueTopic> Topics { get; }

    /// <summary>Each phrase key and the topic it names.</summary>
    internal IReadOnlyDictionary<string, int> TopicOfPhrase => topicOfPhrase;

    /// <summary>The topics of an organisation, with the lexicon of its search index (<see cref="ExpertIndex.Lexicon"/>).</summary>
    public static VocabularyTopicCatalogue Build(Organisation organisation, TopicLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(lexicon);
        var candidates = TopicCandidates.Collect(organisation, lexicon, MaxPhraseTerms);

        // Who names each candidate in their work, and what each item says (public work only: meetings name managers).
        var candidateIndex = new PhraseIndex(candidates.OfPhrase.Keys);
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var users = new HashSet<string>?[candidates.Count];
        var scanned = new List<(string Id, string Person, int[] Words, int[] Named)>();
        var found = new List<string>();
        foreach (var item in organisation.Signals)
        {
            if (!IsWork(item))
            {
                continue;
            }

            var (words, named) = Scan(item, candidateIndex, candidates.OfPhrase, wordIds, found, learn: true);
            scanned.Add((item.Id, item.PersonId, words, named));
            foreach (var c in named)
            {
                (users[c] ??= new HashSet<string>(StringComparer.Ordinal)).Add(item.PersonId);
            }
        }

        var working = scanned.Count == 0 ? 0 : organisation.Signals.Where(IsWork).Select(i => i.PersonId).Distinct(StringComparer.Ordinal).Count();
        var (topics, topicOfCandidate) = Cluster(candidates, users, working < SharedBy ? int.MaxValue : (int)(MaxPeopleShare * working));
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

        var namedTopics = scanned.Select(s => (s.Words, Named: s.Named.Select(c => topicOfCandidate[c]).Where(t => t >= 0).Distinct().ToArray())).ToArray();
        var vocabulary = TopicVocabulary.Learn(namedTopics, wordIds.Count, nameWords);
        var itemTopics = new Dictionary<string, TopicMatch[]>(StringComparer.Ordinal);
        var people = topics.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        for (var i = 0; i < scanned.Count; i++)
        {
            var work = vocabulary.WorkTopics(namedTopics[i].Words, namedTopics[i].Named);
            if (work.Length > 0)
            {
                itemTopics[scanned[i].Id] = work;
                foreach (var m in work)
                {
                    people[m.Topic].Add(scanned[i].Person);
                }
            }
        }

        var counted = topics.Select((t, i) => t with { People = people[i].Count }).ToArray();
        return new VocabularyTopicCatalogue(lexicon, counted, topicOfPhrase, wordIds, vocabulary, itemTopics);
    }

    /// <summary>The words that show work on a topic besides its names, for explanations and measurements.</summary>
    public IReadOnlyList<string> VocabularyOf(int topic)
    {
        var words = wordIds.ToDictionary(w => w.Value, w => w.Key);
        return [.. vocabulary.WordsOf(topic).Select(id => words[id]).Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<TopicMatch> Match(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!IsWork(item))
        {
            return [];
        }

        if (itemTopics.TryGetValue(item.Id, out var known))
        {
            return known;
        }

        var (words, named) = Scan(item, phrases, topicOfPhrase, wordIds, [], learn: false);
        return vocabulary.WorkTopics(words, named);
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

    // Meetings name whoever was invited and private items never count: neither is work that shows a topic.
    private static bool IsWork(EvidenceItem item) => item.Visibility != Visibility.Private && item.Kind != EvidenceKinds.Meeting;

    private static (int[] Words, int[] Named) Scan(
        EvidenceItem item, PhraseIndex index, Dictionary<string, int> idOfPhrase, Dictionary<string, int> wordIds, List<string> found, bool learn)
    {
        found.Clear();
        var title = TextAnalyzer.Terms(item.Title);
        var text = TextAnalyzer.Terms(item.Text);
        index.Find(title, found);
        index.Find(text, found);
        var words = new HashSet<int>();
        foreach (var term in title.Concat(text))
        {
            if (wordIds.TryGetValue(term, out var id))
            {
                words.Add(id);
            }
            else if (learn)
            {
                wordIds[term] = wordIds.Count;
                words.Add(wordIds.Count - 1);
            }
        }

        return ([.. words], [.. found.Select(p => idOfPhrase[p]).Distinct()]);
    }

    // Most used first; a lexicon topic stands on its own, another phrase joins the topic most of its users also name.
    private static (CatalogueTopic[] Topics, int[] TopicOfCandidate) Cluster(TopicCandidates candidates, HashSet<string>?[] users, int maxPeople)
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
        return (topics, topicOf);
    }
}
