using System.Text.RegularExpressions;

namespace ExpertBot.Expertise;

/// <summary>
/// The organisation's topics named in French paired with the same topics named in English, learned from the work
/// itself: French writers name « Rémunération et avantages sociaux », English writers "C&amp;B", and both write the
/// same jargon; the topic model keeps them apart because different people name them. A topic named in French and
/// one named in English are twins when each is the other's closest in vocabulary (<see cref="Overlap"/> of the
/// smaller vocabulary shared, both at least <see cref="Words"/> words): a question naming either reads the work
/// on both (<see cref="LearnedTopics"/>). Siblings share a field's words too, but a French topic's closest English
/// one is its own translation far more often than a sibling (docs/ranking.md). Pure.
/// </summary>
internal static partial class TopicTwins
{
    /// <summary>The share of the smaller vocabulary two twins must share.</summary>
    public const double Overlap = 0.75;

    /// <summary>Vocabularies smaller than this say too little to pair a topic.</summary>
    public const int Words = 10;

    /// <summary>The twins among topics, by index: each topic's name, and its vocabulary as word ids.</summary>
    public static IReadOnlyList<(int French, int English)> Of(IReadOnlyList<string> names, IReadOnlyList<int[]> vocabularies)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(vocabularies);
        var french = names.Select(IsFrench).ToArray();
        var topicsOfWord = new Dictionary<int, List<int>>();
        for (var t = 0; t < vocabularies.Count; t++)
        {
            foreach (var word in vocabularies[t])
            {
                if (!topicsOfWord.TryGetValue(word, out var topics))
                {
                    topicsOfWord[word] = topics = [];
                }

                topics.Add(t);
            }
        }

        var shared = new int[names.Count];
        int Closest(int topic, bool inFrench)
        {
            if (vocabularies[topic].Length < Words)
            {
                return -1;
            }

            Array.Clear(shared);
            foreach (var word in vocabularies[topic])
            {
                foreach (var other in topicsOfWord[word])
                {
                    shared[other]++;
                }
            }

            var (best, most) = (-1, 0.0);
            for (var other = 0; other < shared.Length; other++)
            {
                if (other != topic && french[other] == inFrench && vocabularies[other].Length >= Words
                    && (double)shared[other] / Math.Min(vocabularies[topic].Length, vocabularies[other].Length) is var overlap && overlap > most)
                {
                    (best, most) = (other, overlap);
                }
            }

            return most >= Overlap ? best : -1;
        }

        var twins = new List<(int, int)>();
        for (var topic = 0; topic < names.Count; topic++)
        {
            if (french[topic] && Closest(topic, inFrench: false) is >= 0 and var english && Closest(english, inFrench: true) == topic)
            {
                twins.Add((topic, english));
            }
        }

        return twins;
    }

    /// <summary>Whether a topic's name reads as French: an accented letter, or a French article or preposition.</summary>
    public static bool IsFrench(string name) => FrenchMarks().IsMatch(name);

    [GeneratedRegex(@"[àâçéèêëîïôûùüÿœæ]|\b(?:des|de|du|la|le|les|et|en|au|aux)\b|\b[dl]'", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchMarks();
}
