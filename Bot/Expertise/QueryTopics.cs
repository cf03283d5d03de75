using System.Text.RegularExpressions;

namespace ExpertBot.Expertise;

/// <summary>
/// What a question asks for as concepts, each tagged with the topic of the question it belongs to: "k8s and
/// terraform", « Kubernetes et Terraform » and "Kafka, Flink" ask for two topics, so that people who know both
/// come first. A conjunction inside a known topic ("identity and access management", « santé et sécurité au
/// travail ») does not split it.
/// </summary>
internal static partial class QueryTopics
{
    [GeneratedRegex(@"\s+(?:and|et|&|\+|meets|together\s+with|along\s+with|as\s+well\s+as|ainsi\s+que)\s+|\s*[,;/]\s+|\s+plus\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();

    /// <summary>At most this many topics in one question; a longer list is read as one topic.</summary>
    public const int MostTopics = 4;

    /// <summary>A topic, not a paragraph: at most this many concepts. Longer questions are read word by word.</summary>
    public const int LongestTopic = 3;

    /// <summary>A question of more concepts than a topic, up to this many, that is a name of the organisation's own topics is read as that topic.</summary>
    public const int LongestName = 6;

    /// <summary>
    /// Whether a question's (or one of its topics') concepts are read as a topic rather than a paragraph word by word:
    /// at most <see cref="LongestTopic"/>, or a longer name of the organisation's own (<see cref="QueryConcept.Named"/>).
    /// </summary>
    public static bool IsTopic(int concepts, bool named) => concepts <= LongestTopic || named;

    // "CDISC clinical data standards" is how the organisation names one of its topics: four concepts, but a topic, not
    // a paragraph. Read word by word, its common words counted in full ("data" and "standard" in 500,000 items at
    // 100,000 people) and its learned work was not read.
    // So is each topic of a list ("both CDISC clinical data standards and PV": its first topic had been read word by word).
    private static IReadOnlyList<QueryConcept> AsOwnName(IReadOnlyList<string> texts, IReadOnlyList<QueryConcept> concepts, Func<string, bool>? isOwnPhrase)
    {
        if (isOwnPhrase is null)
        {
            return concepts;
        }

        var named = new bool[texts.Count];
        for (var s = 0; s < texts.Count; s++)
        {
            var count = concepts.Count(c => c.Segment == s);
            named[s] = count is > LongestTopic and <= LongestName && isOwnPhrase(texts[s]);
        }

        return named.Any(n => n) ? [.. concepts.Select(c => c.Segment < named.Length && named[c.Segment] ? c with { Named = true } : c)] : concepts;
    }

    /// <summary>
    /// The question's concepts. <paramref name="documentFrequency"/> (how many items hold a term) lets the far
    /// rarer of a short question's known topics be its core. <paramref name="isOwnPhrase"/> says when the
    /// organisation writes the whole as one name ("SIEM and detection engineering"): then a conjunction inside it
    /// does not split it, as inside a known topic. <paramref name="isKindWord"/> says which words name what kind a
    /// topic is ("law", "language": <see cref="QueryConcept.Kind"/>).
    /// </summary>
    public static IReadOnlyList<QueryConcept> Concepts(
        string topic, TopicLexicon lexicon, bool useLexicon, Func<string, int>? documentFrequency = null, Func<string, bool>? isOwnPhrase = null,
        Func<string, bool>? isKindWord = null) =>
        Read(topic, lexicon, useLexicon, documentFrequency, isOwnPhrase, isKindWord).Concepts;

    /// <summary>
    /// The question's concepts (<see cref="Concepts"/>) and the words of each of its topics, in segment order (its
    /// concepts' Segment indexes them): the parts of the list it was split into, or the whole topic alone. The parts
    /// are found once.
    /// </summary>
    public static AskedTopics Read(
        string topic, TopicLexicon lexicon, bool useLexicon, Func<string, int>? documentFrequency = null, Func<string, bool>? isOwnPhrase = null,
        Func<string, bool>? isKindWord = null)
    {
        var (split, parts) = Split(topic, lexicon, useLexicon, isOwnPhrase);
        IReadOnlyList<string> texts = split.Any(c => c.Segment > 0) ? parts : [topic];
        var concepts = WithJoined(
            WithKind(texts, WithCore(split, documentFrequency), lexicon, isKindWord),
            useLexicon ? lexicon : null, documentFrequency, isOwnPhrase);
        return new AskedTopics(AsOwnName(texts, concepts, isOwnPhrase), texts);
    }

    // Each word of a name written as one word ("SDWAN") has at least two letters; the word at least four.
    private const int ShortestJoinedPart = 2;

    // "SDWAN", "powerbi": a word that is a name of two words written as one (a name of the lexicon or the
    // organisation's own) is that word or the name: where the organisation writes SD-WAN 85 times and SDWAN
    // seven, "SDWAN" had found the seven. Only a word of its own, not a known topic's or a word of the kind.
    private static IReadOnlyList<QueryConcept> WithJoined(
        IReadOnlyList<QueryConcept> concepts, TopicLexicon? lexicon, Func<string, int>? documentFrequency, Func<string, bool>? isOwnPhrase)
    {
        if (documentFrequency is null || (lexicon is null && isOwnPhrase is null))
        {
            return concepts;
        }

        QueryConcept[]? joined = null;
        for (var c = 0; c < concepts.Count; c++)
        {
            if (concepts[c] is { Key: null, Kind: false, Expansion: false, Alternatives: [[var word]] } concept
                && word.Length >= 2 * ShortestJoinedPart && Name(word, lexicon, documentFrequency, isOwnPhrase) is { } name)
            {
                joined ??= [.. concepts];
                joined[c] = concept with { Alternatives = [[word], name] };
            }
        }

        return joined ?? concepts;
    }

    private static string[]? Name(string word, TopicLexicon? lexicon, Func<string, int> documentFrequency, Func<string, bool>? isOwnPhrase)
    {
        for (var at = ShortestJoinedPart; at <= word.Length - ShortestJoinedPart; at++)
        {
            var (left, right) = (word[..at], word[at..]);
            var name = left + " " + right;
            if (char.IsLetterOrDigit(word[at - 1]) && char.IsLetterOrDigit(word[at]) && documentFrequency(left) > 0 && documentFrequency(right) > 0
                && (lexicon?.NameOfAlias(name) is not null || isOwnPhrase?.Invoke(name) == true))
            {
                return [left, right];
            }
        }

        return null;
    }

    // "Competition law", « droit de la concurrence », "Japanese language": of a topic of a few words, its head (the
    // last word in English, the first before « de » in French) when it ends the organisation's names of several of
    // its topics, or its translation does (« droit » is "law"), says of what kind the topic is, not which: who writes
    // it about contracts or German is not who is asked for. The other words tell topics apart ("data" of "data
    // governance", "Amazon" of "Amazon EKS") and stay. Alone ("who knows law?") the word is the topic. A head that
    // is a known topic's alias on its own ("management" of leadership in "treasury management", "reporting" of
    // business intelligence in "CSRD reporting") is that word of the kind, not the known topic; a name of several
    // words ("risk management") stays the topic.
    private static IReadOnlyList<QueryConcept> WithKind(
        IReadOnlyList<string> texts, IReadOnlyList<QueryConcept> concepts, TopicLexicon lexicon, Func<string, bool>? isKindWord)
    {
        if (isKindWord is null || concepts.Count < 2)
        {
            return concepts;
        }

        var heads = new Dictionary<QueryConcept, QueryConcept>(ReferenceEqualityComparer.Instance);
        for (var s = 0; s < texts.Count; s++)
        {
            var named = concepts.Where(c => c.Segment == s && !c.Expansion).ToArray();
            if (named.Length is < 2 or > LongestTopic)
            {
                continue;
            }

            var terms = TextAnalyzer.Terms(texts[s]);
            var headFirst = HeadFirst().IsMatch(texts[s]) || FrenchFirst(terms, lexicon);
            var head = headFirst ? named[0] : named[^1];
            if (head.Key is null && head.Alternatives.All(a => a.Length == 1) && head.Alternatives.Any(a => isKindWord(a[0])))
            {
                heads[head] = head with { Kind = true };
            }
            else if (head.Key is not null && !headFirst && KindAlias(terms, head, lexicon, isKindWord) is { } word)
            {
                heads[head] = word with { Segment = s, Kind = true };
            }
        }

        return heads.Count == 0 ? concepts : [.. concepts.Select(c => heads.GetValueOrDefault(c, c))];
    }

    // The last word of a segment's terms as a word (with its translations), when it is a word of the kind and, alone, the alias by which the known topic was read.
    private static QueryConcept? KindAlias(IReadOnlyList<string> terms, QueryConcept head, TopicLexicon lexicon, Func<string, bool> isKindWord)
    {
        if (terms.Count < 2 || !isKindWord(terms[^1]) || lexicon.Concepts([terms[^2], terms[^1]]) is not [_, { } last] || last.Key != head.Key)
        {
            return null;
        }

        return lexicon.Concepts([terms[^2], terms[^1]], ownName: true) is [_, { Key: null } word] ? word : null;
    }

    // « automatisation marketing », « gestion projet »: French without « de », known by its first word being French
    // (the lexicon's word pairs) and its last not.
    private static bool FrenchFirst(IReadOnlyList<string> terms, TopicLexicon lexicon) =>
        terms.Count >= 2 && lexicon.IsFrenchWord(terms[0]) && !lexicon.IsFrenchWord(terms[^1]);

    // « droit de la concurrence », « gestion des données », « gestion d'entrepôt »: the French order, head first.
    [GeneratedRegex(@"\w\s+(?:de|des|du|de\s+la|de\s+l'|d')\s*\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadFirst();

    // "user experience design": the known topic is the core; people whose evidence has only "design" do not answer.
    // "IFRS reporting", "Kubernetes security": of two known topics, one far rarer than the other is the point;
    // people who only ever write about dashboards, or about security elsewhere, do not answer. An unknown word
    // never becomes the core: it is as often a word colleagues write differently (« développement » beside
    // Python, « gouvernance » for governance) as the point of the question — measured, a core on unknown words
    // let managers and the wrong people into the demo organisation's and Stack Exchange's answers.
    private static IReadOnlyList<QueryConcept> WithCore(IReadOnlyList<QueryConcept> concepts, Func<string, int>? documentFrequency)
    {
        if (concepts.Count is < 2 or > LongestTopic || concepts.Any(c => c.Segment != 0) || concepts.All(c => c.Key is null))
        {
            return concepts;
        }

        if (concepts.Any(c => c.Key is null))
        {
            return [.. concepts.Select(c => c.Key is null ? c : c with { Core = true })];
        }

        if (documentFrequency is not null)
        {
            var ranked = concepts.Select(c => (Concept: c, Frequency: Frequency(c, documentFrequency))).Where(c => c.Frequency > 0).OrderBy(c => c.Frequency).ToArray();
            if (ranked.Length >= 2 && ranked[0].Frequency * SpecificRatio < ranked[1].Frequency)
            {
                return [.. concepts.Select(c => ReferenceEquals(c, ranked[0].Concept) ? c with { Core = true } : c)];
            }
        }

        return concepts;
    }

    /// <summary>How much rarer than the other known topics of a short question its core must be.</summary>
    private const int SpecificRatio = 2;

    // At most how many items hold a concept: each alternative by its rarest term.
    private static int Frequency(QueryConcept concept, Func<string, int> documentFrequency) =>
        concept.Alternatives.Sum(a => a.Length == 0 ? 0 : a.Min(documentFrequency));

    /// <summary>
    /// The topics a list written as people write it names, as written: "Kubernetes and Terraform" and « Kubernetes et
    /// Terraform » are two, "learning and development" and « santé et sécurité au travail » one. Split only where every
    /// part names a known topic and the split breaks none; otherwise the words are one topic.
    /// </summary>
    public static IReadOnlyList<string> Parts(string text, TopicLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var parts = Listed(text, lexicon);
        if (parts.Length < 2)
        {
            return [text.Trim()];
        }

        var whole = Analyse(text, lexicon, useLexicon: true);
        var segments = parts.Select(p => Analyse(p, lexicon, useLexicon: true)).ToArray();
        return segments.All(s => s.Count > 0 && s.Any(c => c.Key is not null)) && SameKnownTopics(whole, segments) ? parts : [text.Trim()];
    }

    // The parts a list is written in, around its conjunctions and separators. Parts that together make one name (the
    // lexicon's "learning and development", the organisation's own "customs and trade compliance") stay one part:
    // "warehouse management and customs and trade compliance" is two topics, not three. A name joins at most
    // NamedParts parts, and a text of more parts than a list of MostTopics such names is not looked at (a long
    // message of "and"s costs a few analyses, not one per pair of parts).
    private static string[] Listed(string text, TopicLexicon? lexicon = null, Func<string, bool>? isOwnPhrase = null)
    {
        var parts = new List<(int Start, int End)>();
        var at = 0;
        foreach (var separator in Conjunction().EnumerateMatches(text))
        {
            parts.Add((at, separator.Index));
            at = separator.Index + separator.Length;
        }

        parts.Add((at, text.Length));
        parts.RemoveAll(p => text.AsSpan(p.Start, p.End - p.Start).IsWhiteSpace());
        var names = parts.Count <= MostTopics * NamedParts && (lexicon is not null || isOwnPhrase is not null);
        var listed = new List<string>(parts.Count);
        for (var i = 0; i < parts.Count;)
        {
            var last = names ? Math.Min(parts.Count, i + NamedParts) - 1 : i;
            while (last > i && !IsOneName(text[parts[i].Start..parts[last].End].Trim(), lexicon, isOwnPhrase))
            {
                last--;
            }

            listed.Add(text[parts[i].Start..parts[last].End].Trim());
            i = last + 1;
        }

        return [.. listed];
    }

    /// <summary>At most how many parts of a list one name joins ("research and development and innovation").</summary>
    private const int NamedParts = 3;

    // Whether the words name one topic: the organisation's own name for it, or one known topic's name of several words.
    private static bool IsOneName(string text, TopicLexicon? lexicon, Func<string, bool>? isOwnPhrase) =>
        isOwnPhrase?.Invoke(text) == true
        || (lexicon is not null && TextAnalyzer.Terms(text) is { Count: > 1 } terms && lexicon.Concepts(terms) is [{ Key: not null }]);

    // The concepts, each tagged with its part of the list, and the parts (one part, the topic, when it is not split).
    private static (IReadOnlyList<QueryConcept> Concepts, string[] Parts) Split(string topic, TopicLexicon lexicon, bool useLexicon, Func<string, bool>? isOwnPhrase)
    {
        var whole = Analyse(topic, lexicon, useLexicon);
        var parts = Listed(topic, useLexicon ? lexicon : null, isOwnPhrase);
        if (parts.Length < 2 || parts.Length > MostTopics || isOwnPhrase?.Invoke(topic) == true)
        {
            return (whole, [topic]);
        }

        var segments = parts.Select(p => Analyse(p, lexicon, useLexicon)).ToArray();
        if (segments.Any(s => s.Count == 0) || !SameKnownTopics(whole, segments))
        {
            return (whole, [topic]);
        }

        // Split where the lexicon's topics say; each part then read as the organisation names it.
        segments = [.. segments.Select((s, i) => AsNamed(parts[i], s, lexicon, useLexicon, isOwnPhrase))];

        var result = new List<QueryConcept>();
        for (var s = 0; s < segments.Length; s++)
        {
            foreach (var concept in segments[s])
            {
                if (!result.Any(c => SameConcept(c, concept)))
                {
                    result.Add(concept with { Segment = s });
                }
            }
        }

        return (result, parts);
    }

    // A name of several words the organisation gives a topic of its own is read word for word (TopicLexicon.Concepts' ownName).
    private static IReadOnlyList<QueryConcept> AsNamed(string text, IReadOnlyList<QueryConcept> analysed, TopicLexicon lexicon, bool useLexicon, Func<string, bool>? isOwnPhrase)
    {
        if (!useLexicon || isOwnPhrase is null || !isOwnPhrase(text))
        {
            return analysed;
        }

        // Still a topic, not a paragraph, in its words (LongestTopic): its learned work and balance read a topic.
        var terms = TextAnalyzer.Terms(text);
        var named = terms.Count > 1 ? lexicon.Concepts(terms, ownName: true) : analysed;
        return named.Count <= LongestTopic ? named : analysed;
    }

    private static IReadOnlyList<QueryConcept> Analyse(string text, TopicLexicon lexicon, bool useLexicon)
    {
        var terms = TextAnalyzer.Terms(text);
        return useLexicon ? lexicon.Concepts(terms) : TopicLexicon.Literal(terms);
    }

    // Splitting must not break a known topic in two: the parts name exactly the known topics the whole does.
    private static bool SameKnownTopics(IReadOnlyList<QueryConcept> whole, IReadOnlyList<QueryConcept>[] segments)
    {
        var known = whole.Where(c => c.Key is not null).Select(c => c.Key!).ToHashSet(StringComparer.Ordinal);
        var split = segments.SelectMany(s => s).Where(c => c.Key is not null).Select(c => c.Key!).ToHashSet(StringComparer.Ordinal);
        return known.SetEquals(split);
    }

    private static bool SameConcept(QueryConcept a, QueryConcept b) =>
        a.Key is not null ? a.Key == b.Key : b.Key is null && a.Alternatives[0].AsSpan().SequenceEqual(b.Alternatives[0]);
}

/// <summary>What a question asks for: its concepts, and the words of each of its topics (the concepts' Segment indexes them).</summary>
internal sealed record AskedTopics(IReadOnlyList<QueryConcept> Concepts, IReadOnlyList<string> Texts);
