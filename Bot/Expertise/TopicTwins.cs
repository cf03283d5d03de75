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

    /// <summary>
    /// The topics named in French paired with their English twins by who names them: French writers name « réponse
    /// aux incidents » what English writers name "incident response" and write French jargon, so their words differ
    /// (<see cref="Of"/> cannot pair them), but the people whose work names the French name mostly name the English
    /// one too. A topic the lexicon does not know (it names its own topics in French), named in French
    /// (<see cref="IsFrench"/>) or named by people most of whom prefer French by their profiles ("Tableau", "SMSI",
    /// "OIDC" written by French writers), pairs with the topic named in English, by name and by its people, that shares
    /// at least <see cref="PeopleShare"/> of its people, <see cref="PeopleShared"/> at least, naming it
    /// <see cref="PeopleLift"/> times more often than everyone (of <paramref name="working"/>) does; of several, the one
    /// most alike in who may write French (everyone but <paramref name="otherSpeakers"/>), as a share of either's people
    /// (Jaccard): a broad topic or a homonym ("translation" of currencies, in consolidation notes) is named by many more
    /// than the French topic's twin. Several may pair with one English topic. By index of <paramref name="names"/>;
    /// <paramref name="people"/>, who names each topic in their work.
    /// </summary>
    public static IReadOnlyList<(int French, int English)> OfPeople(
        IReadOnlyList<string> names, IReadOnlyList<bool> known, IReadOnlyList<HashSet<string>> people,
        IReadOnlySet<string> frenchSpeakers, IReadOnlySet<string> otherSpeakers, int working)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(frenchSpeakers);
        ArgumentNullException.ThrowIfNull(otherSpeakers);
        var spoken = people.Select(p => SpokenInFrench(p, frenchSpeakers, otherSpeakers)).ToArray();
        var named = names.Select(IsFrench).ToArray();
        var french = names.Select((_, t) => !known[t] && (named[t] || spoken[t])).ToArray();
        var english = names.Select((_, t) => !known[t] && !named[t] && !spoken[t]).ToArray();
        var mayWriteFrench = people.Select(p => p.Count(person => !otherSpeakers.Contains(person))).ToArray();

        // The English topics each person names, to count only the topics a French topic's people name.
        var topicsOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < names.Count; e++)
        {
            foreach (var person in english[e] ? people[e] : [])
            {
                if (!topicsOf.TryGetValue(person, out var topics))
                {
                    topicsOf[person] = topics = [];
                }

                topics.Add(e);
            }
        }

        var shared = new int[names.Count];
        var twins = new List<(int, int)>();
        for (var f = 0; f < names.Count; f++)
        {
            if (!french[f] || people[f].Count == 0)
            {
                continue;
            }

            Array.Clear(shared);
            foreach (var person in people[f])
            {
                foreach (var e in topicsOf.GetValueOrDefault(person) ?? [])
                {
                    shared[e]++;
                }
            }

            var (best, bestScore) = (-1, 0.0);
            for (var e = 0; e < names.Count; e++)
            {
                var share = (double)shared[e] / people[f].Count;
                if (shared[e] < PeopleShared || share < PeopleShare || share * working / people[e].Count < PeopleLift)
                {
                    continue;
                }

                var score = (double)shared[e] / Math.Max(1, people[f].Count + mayWriteFrench[e] - shared[e]);
                if (score > bestScore)
                {
                    (best, bestScore) = (e, score);
                }
            }

            if (best >= 0)
            {
                twins.Add((f, best));
            }
        }

        return twins;
    }

    /// <summary>The share of a French topic's people an English twin's must hold.</summary>
    public const double PeopleShare = 0.6;

    /// <summary>At least this many people name both twins.</summary>
    public const int PeopleShared = 3;

    /// <summary>
    /// A French topic's people name its twin this many times more often than everyone does. 4 (as ClaimedTopic asks)
    /// let the commonest topics take French names as their own ("PromQL" and "Amazon cloud" joined "services", named
    /// by 456 of 3,000 people; lift 4.4 and 5.3); twins measured 15–140, a homonym 11 (docs/ranking.md).
    /// </summary>
    public const double PeopleLift = 12;

    // Most of the people whose work names a topic prefer French, by their profiles, where these say.
    private static bool SpokenInFrench(HashSet<string> people, IReadOnlySet<string> frenchSpeakers, IReadOnlySet<string> otherSpeakers)
    {
        var (inFrench, other) = (people.Count(frenchSpeakers.Contains), people.Count(otherSpeakers.Contains));
        return inFrench + other >= people.Count / 2 && inFrench > other;
    }

    /// <summary>Whether a topic's name reads as French: an accented letter, or a French article or preposition.</summary>
    public static bool IsFrench(string name) => FrenchMarks().IsMatch(name);

    [GeneratedRegex(@"[àâçéèêëîïôûùüÿœæ]|\b(?:des|de|du|la|le|les|et|en|au|aux)\b|\b[dl]'", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchMarks();
}
