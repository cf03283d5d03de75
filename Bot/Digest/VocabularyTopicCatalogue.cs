using ExpertBot.Expertise;

namespace ExpertBot.Digest;

/// <summary>
/// Topics taken from the organisation's own vocabulary: the skills people list and the topics colleagues
/// endorse, kept only when the work of several people actually mentions them (a claim alone never makes a
/// topic). Names that the same people use interchangeably ("Kubernetes", "k8s", "orchestration de
/// conteneurs") are merged into one topic by who uses them, so no dictionary of synonyms is needed.
/// </summary>
internal sealed class VocabularyTopicCatalogue : ITopicCatalogue
{
    private const int MaxPhraseTerms = 4;
    private const int MinPeople = 3;
    private const double MergeOverlap = 0.6;

    private readonly Dictionary<string, int> topicOfPhrase;
    private readonly Dictionary<string, List<string[]>> phrasesByFirstTerm;
    private readonly Dictionary<string, int[]> itemTopics;

    private VocabularyTopicCatalogue(IReadOnlyList<DigestTopic> topics, Dictionary<string, int> topicOfPhrase, Dictionary<string, int[]> itemTopics)
    {
        Topics = topics;
        this.topicOfPhrase = topicOfPhrase;
        this.itemTopics = itemTopics;
        phrasesByFirstTerm = IndexPhrases(topicOfPhrase.Keys);
    }

    public IReadOnlyList<DigestTopic> Topics { get; }

    public static VocabularyTopicCatalogue Build(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);

        // Candidate phrases, with how often each spelling is used (profile spellings are the tidier ones).
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        void Add(string raw, int weight)
        {
            var key = Key(raw);
            if (key is null)
            {
                return;
            }

            if (!spellings.TryGetValue(key, out var forms))
            {
                spellings[key] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            forms[raw.Trim()] = forms.GetValueOrDefault(raw.Trim()) + weight;
        }

        foreach (var person in organisation.People)
        {
            foreach (var skill in person.Skills.Concat(person.Interests))
            {
                Add(skill, 10);
            }
        }

        foreach (var endorsement in organisation.Endorsements)
        {
            Add(endorsement.Topic, 1);
        }

        // Who mentions each phrase in their work (public items, meetings aside: a manager is named in every one).
        var index = IndexPhrases(spellings.Keys);
        var people = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var phrasesOfItem = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var item in organisation.Signals)
        {
            if (item.Visibility == Visibility.Private)
            {
                continue;
            }

            var found = FindPhrases(item, index);
            if (found.Count == 0)
            {
                continue;
            }

            phrasesOfItem[item.Id] = found;
            if (item.Kind == EvidenceKinds.Meeting)
            {
                continue;
            }

            foreach (var phrase in found)
            {
                if (!people.TryGetValue(phrase, out var set))
                {
                    people[phrase] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(item.PersonId);
            }
        }

        // Most used first; a phrase joins the topic whose main phrase most of its users also use.
        var kept = people.Where(p => p.Value.Count >= MinPeople)
            .OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToArray();
        var clusters = new List<(string Main, HashSet<string> People, List<string> Phrases)>();
        var topicOfPhrase = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (phrase, users) in kept)
        {
            var best = -1;
            var bestOverlap = 0.0;
            for (var c = 0; c < clusters.Count; c++)
            {
                var overlap = (double)users.Count(clusters[c].People.Contains) / users.Count;
                if (overlap > bestOverlap)
                {
                    (best, bestOverlap) = (c, overlap);
                }
            }

            if (best >= 0 && bestOverlap >= MergeOverlap)
            {
                clusters[best].Phrases.Add(phrase);
                topicOfPhrase[phrase] = best;
            }
            else
            {
                topicOfPhrase[phrase] = clusters.Count;
                clusters.Add((phrase, users, [phrase]));
            }
        }

        var topics = clusters
            .Select(c => new DigestTopic(Spelling(spellings[c.Main]), [.. c.Phrases.Select(p => Spelling(spellings[p]))]))
            .ToArray();
        var itemTopics = new Dictionary<string, int[]>(phrasesOfItem.Count, StringComparer.Ordinal);
        foreach (var (id, phrases) in phrasesOfItem)
        {
            var ids = phrases.Where(topicOfPhrase.ContainsKey).Select(p => topicOfPhrase[p]).Distinct().ToArray();
            if (ids.Length > 0)
            {
                itemTopics[id] = ids;
            }
        }

        return new VocabularyTopicCatalogue(topics, topicOfPhrase, itemTopics);
    }

    public IReadOnlyList<int> Match(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (itemTopics.TryGetValue(item.Id, out var known))
        {
            return known;
        }

        return [.. FindPhrases(item, phrasesByFirstTerm).Select(p => topicOfPhrase[p]).Distinct()];
    }

    public int? Resolve(string words)
    {
        if (Key(words) is { } key && topicOfPhrase.TryGetValue(key, out var exact))
        {
            return exact;
        }

        // "Kubernetes upgrades" names Kubernetes: the longest known phrase inside the words.
        var terms = TextAnalyzer.Terms(words).ToArray();
        return FindPhrases(terms, phrasesByFirstTerm).OrderByDescending(p => p.Length).Select(p => (int?)topicOfPhrase[p]).FirstOrDefault();
    }

    private static string? Key(string raw)
    {
        var terms = TextAnalyzer.Terms(raw);
        return terms.Count is 0 or > MaxPhraseTerms || (terms.Count == 1 && terms[0].Length < 2) ? null : string.Join(' ', terms);
    }

    private static string Spelling(Dictionary<string, int> forms) =>
        forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;

    private static Dictionary<string, List<string[]>> IndexPhrases(IEnumerable<string> keys)
    {
        var index = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var terms = key.Split(' ');
            if (!index.TryGetValue(terms[0], out var list))
            {
                index[terms[0]] = list = [];
            }

            list.Add(terms);
        }

        return index;
    }

    private static List<string> FindPhrases(EvidenceItem item, Dictionary<string, List<string[]>> index)
    {
        var found = FindPhrases([.. TextAnalyzer.Terms(item.Title)], index);
        foreach (var phrase in FindPhrases([.. TextAnalyzer.Terms(item.Text)], index))
        {
            if (!found.Contains(phrase, StringComparer.Ordinal))
            {
                found.Add(phrase);
            }
        }

        return found;
    }

    private static List<string> FindPhrases(string[] terms, Dictionary<string, List<string[]>> index)
    {
        var found = new List<string>();
        for (var i = 0; i < terms.Length; i++)
        {
            if (!index.TryGetValue(terms[i], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (i + phrase.Length <= terms.Length && terms.AsSpan(i, phrase.Length).SequenceEqual(phrase))
                {
                    var key = string.Join(' ', phrase);
                    if (!found.Contains(key, StringComparer.Ordinal))
                    {
                        found.Add(key);
                    }
                }
            }
        }

        return found;
    }
}
