namespace ExpertBot.Expertise;

/// <summary>
/// What practitioners of each topic write besides its name, learned from the organisation's own items: a word
/// belongs to a topic's vocabulary when the items using it name the topic many times more often than items do in
/// general ("pods", "Helm" and "kubectl" for Kubernetes). People at work mostly write about the thing itself and seldom name it, while
/// promotion names the topic and says nothing of it. So an item is work on a topic when it shows the topic's
/// vocabulary: with the topic named, one word of it; without, several. Words every topic uses (the office's,
/// the hashtags') are no likelier to come with one topic than with another, so they never qualify; nor does any
/// word of a "topic" named everywhere (a word such as "budget" in every status update), which is no topic.
/// </summary>
internal sealed class TopicVocabulary
{
    /// <summary>Items naming the topic that must use the word.</summary>
    public const int MinSupport = 3;

    /// <summary>How many times likelier than any item an item using the word must be to name the topic.</summary>
    public const double MinLift = 8;

    /// <summary>Vocabulary words an item must show to be work on a topic it does not name.</summary>
    public const int UnnamedWords = 3;

    /// <summary>...and on a topic it names: a name with nothing of the topic's substance is a mention.</summary>
    public const int NamedWords = 1;

    private readonly Dictionary<int, int[]> topicsOfWord;

    private TopicVocabulary(Dictionary<int, int[]> topicsOfWord) => this.topicsOfWord = topicsOfWord;

    /// <summary>Every topic's vocabulary as word ids, in one pass (<paramref name="topics"/>: how many topics there are).</summary>
    public int[][] ByTopic(int topics)
    {
        var words = Enumerable.Range(0, topics).Select(_ => new List<int>()).ToArray();
        foreach (var (word, of) in topicsOfWord)
        {
            foreach (var topic in of)
            {
                words[topic].Add(word);
            }
        }

        return [.. words.Select(w => w.ToArray())];
    }

    /// <summary>The vocabulary of one topic, as word ids (for explanations and measurements).</summary>
    public IEnumerable<int> WordsOf(int topic) => topicsOfWord.Where(w => Array.IndexOf(w.Value, topic) >= 0).Select(w => w.Key);

    /// <summary>An item's distinct word ids.</summary>
    public delegate ReadOnlySpan<int> WordsOfItem(int item);

    /// <summary>Learns the vocabulary from items given as their distinct word ids and the topics they name.</summary>
    public static TopicVocabulary Learn(int itemCount, WordsOfItem wordsOf, Func<int, int[]> namedOf, int words, IReadOnlyList<HashSet<int>> nameWords)
    {
        ArgumentNullException.ThrowIfNull(wordsOf);
        ArgumentNullException.ThrowIfNull(namedOf);
        ArgumentNullException.ThrowIfNull(nameWords);
        var used = new int[words];
        var itemsOfTopic = new Dictionary<int, List<int>>();
        for (var i = 0; i < itemCount; i++)
        {
            foreach (var word in wordsOf(i))
            {
                used[word]++;
            }

            foreach (var topic in namedOf(i))
            {
                if (!itemsOfTopic.TryGetValue(topic, out var naming))
                {
                    itemsOfTopic[topic] = naming = [];
                }

                naming.Add(i);
            }
        }

        // Topic by topic, counting in one array: a dictionary keyed by (topic, word) pairs was most of the digest's time.
        var together = new int[words];
        var touched = new List<int>();
        var byWord = new Dictionary<int, List<int>>();
        foreach (var (topic, naming) in itemsOfTopic.OrderBy(t => t.Key))
        {
            foreach (var i in naming)
            {
                foreach (var word in wordsOf(i))
                {
                    if (together[word]++ == 0)
                    {
                        touched.Add(word);
                    }
                }
            }

            var share = (double)naming.Count / itemCount;
            foreach (var word in touched)
            {
                var count = together[word];
                together[word] = 0;
                if (count >= MinSupport && count >= MinLift * share * used[word] && !nameWords[topic].Contains(word))
                {
                    if (!byWord.TryGetValue(word, out var topics))
                    {
                        byWord[word] = topics = [];
                    }

                    topics.Add(topic);
                }
            }

            touched.Clear();
        }

        return new TopicVocabulary(byWord.ToDictionary(w => w.Key, w => w.Value.Order().ToArray()));
    }

    /// <summary>The topics an item is work on, from its distinct word ids and the topics it names.</summary>
    public TopicMatch[] WorkTopics(ReadOnlySpan<int> words, int[] named, Scratch scratch)
    {
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(scratch);
        foreach (var word in words)
        {
            if (topicsOfWord.TryGetValue(word, out var topics))
            {
                foreach (var topic in topics)
                {
                    if (scratch.Hits[topic]++ == 0)
                    {
                        scratch.Touched.Add(topic);
                    }
                }
            }
        }

        if (scratch.Touched.Count == 0)
        {
            return [];
        }

        List<TopicMatch>? work = null;
        foreach (var topic in scratch.Touched)
        {
            var isNamed = Array.IndexOf(named, topic) >= 0;
            if (scratch.Hits[topic] >= (isNamed ? NamedWords : UnnamedWords))
            {
                (work ??= []).Add(new TopicMatch(topic, isNamed, scratch.Hits[topic]));
            }

            scratch.Hits[topic] = 0;
        }

        scratch.Touched.Clear();
        if (work is null)
        {
            return [];
        }

        work.Sort((a, b) => a.Topic.CompareTo(b.Topic));
        return [.. work];
    }

    /// <summary>What <see cref="WorkTopics"/> counts with, reused from item to item.</summary>
    public sealed class Scratch(int topics)
    {
        public int[] Hits { get; } = new int[topics];

        public List<int> Touched { get; } = [];
    }
}
