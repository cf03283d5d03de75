using System.Buffers;
using ExpertBot.Localization;

namespace ExpertBot.Expertise;

/// <summary>
/// Topics and the many ways of writing them: "k8s", "Kubernetes" and "orchestration de conteneurs" are one
/// topic, keyed "kubernetes". Built from the curated bilingual list plus what an index learned from the
/// organisation's own text; immutable, so it can be shared by queries on many threads.
/// </summary>
internal sealed class TopicLexicon
{
    private const int LongestAlias = 6;

    private readonly TopicEntry[] entries;
    private readonly Dictionary<string, int> byKey = new(StringComparer.Ordinal);

    // Every analysed alias, joined by spaces, to its entry: the longest run of query terms found here is a topic.
    private readonly Dictionary<string, int> byAlias = new(StringComparer.Ordinal);
    private readonly string[][][] alternatives;

    // Every word of every alias: a word the lexicon knows is never "corrected" into another.
    private readonly HashSet<string> words = new(StringComparer.Ordinal);

    // Single analysed words to their translations (analysed term sequences).
    private readonly Dictionary<string, List<string[]>> translations = new(StringComparer.Ordinal);
    private readonly HashSet<string> frenchWords = new(StringComparer.Ordinal);

    private TopicLexicon(IReadOnlyList<TopicEntry> topics, bool curatedWords)
    {
        CuratedWords = curatedWords;
        entries = [.. topics];
        alternatives = new string[entries.Length][][];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            byKey.TryAdd(entry.Key, i);
            var forms = new List<string[]>();
            foreach (var name in entry.Aliases.Prepend(entry.French).Prepend(entry.English))
            {
                var terms = TextAnalyzer.Terms(name).ToArray();
                if (terms.Length == 0 || terms.Length > LongestAlias)
                {
                    continue;
                }

                // The first entry to claim an alias keeps it: curated entries come before learned ones.
                var joined = string.Join(' ', terms);
                if (byAlias.TryAdd(joined, i) || byAlias[joined] == i)
                {
                    if (!forms.Any(f => f.AsSpan().SequenceEqual(terms)))
                    {
                        forms.Add(terms);
                    }
                }
            }

            alternatives[i] = [.. forms];
        }

        // A broader topic gathers its narrower ones: "databases" also finds PostgreSQL work; not the reverse.
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Parent is { } parent && byKey.TryGetValue(parent, out var p) && p != i)
            {
                alternatives[p] = [.. alternatives[p], .. alternatives[i].Where(f => !alternatives[p].Any(g => g.AsSpan().SequenceEqual(f)))];
            }
        }

        foreach (var form in alternatives.SelectMany(a => a))
        {
            words.UnionWith(form);
        }

        foreach (var (english, french) in curatedWords ? CuratedTopics.Words : [])
        {
            var en = TextAnalyzer.Terms(english).ToArray();
            var fr = TextAnalyzer.Terms(french).ToArray();
            if (en.Length == 1)
            {
                AddTranslation(en[0], fr);
            }

            if (fr.Length == 1)
            {
                AddTranslation(fr[0], en);
                if (en.Length != 1 || en[0] != fr[0])
                {
                    frenchWords.Add(fr[0]);
                }
            }
        }
    }

    /// <summary>Whether a term is the French side of a curated word pair whose English differs ("automatisation", « gestion »).</summary>
    public bool IsFrenchWord(string term) => frenchWords.Contains(term);

    /// <summary>The curated bilingual lexicon alone.</summary>
    public static TopicLexicon Curated { get; } = new(CuratedEntries(), curatedWords: true);

    /// <summary>No curated knowledge at all: what an index learns from its organisation is all it knows.</summary>
    public static TopicLexicon Empty { get; } = new([], curatedWords: false);

    /// <summary>Whether the curated word translations are part of this lexicon.</summary>
    public bool CuratedWords { get; }

    public IReadOnlyList<TopicEntry> Topics => entries;

    /// <summary>A lexicon exactly as saved: every entry, curated and learned, already merged.</summary>
    internal static TopicLexicon FromEntries(IReadOnlyList<TopicEntry> topics, bool curatedWords) => new(topics, curatedWords);

    /// <summary>This lexicon with learned entries added; an entry whose key or name is already known adds its aliases to it.</summary>
    public TopicLexicon With(IEnumerable<TopicEntry> learned)
    {
        var merged = entries.ToList();
        foreach (var entry in learned)
        {
            var existing = Find(TextAnalyzer.Terms(entry.English).ToArray());
            if (existing < 0)
            {
                merged.Add(entry);
            }
            else
            {
                var known = merged[existing];
                merged[existing] = known with { Aliases = [.. known.Aliases.Concat(entry.Aliases).Distinct(StringComparer.OrdinalIgnoreCase)] };
            }
        }

        return new TopicLexicon(merged, CuratedWords);
    }

    /// <summary>The storage key of a topic: the canonical key of a known topic, otherwise its analysed terms joined by a space.</summary>
    public string Normalise(string topic)
    {
        var terms = TextAnalyzer.Terms(topic).ToArray();
        var entry = Find(terms);
        return entry >= 0 ? entries[entry].Key : string.Join(' ', terms);
    }

    /// <summary>How to show a topic key to a person; unknown keys are shown as they are.</summary>
    public string DisplayName(string key, Language language) =>
        byKey.TryGetValue(key, out var i) ? (language == Language.French ? entries[i].French : entries[i].English) : key;

    /// <summary>
    /// How to name a topic inside a sentence ("Who knows databases?", « Qui connaît bases de données ? »): its display
    /// name, its first letter in lower case when the name starts with a common word, capitalised only for starting
    /// the name. A name keeps its capitals: an acronym or a product ("SQL", "DevOps", "Kubernetes", "Power BI").
    /// The other language tells which is which: "Teams" of « Administration Teams » is written the same in both,
    /// "Databases" of « Bases de données » is not, and "cloud" of « Architecture cloud » is written lower case; a name
    /// the same in both is common when its other words are ("Infrastructure as code", not "Microsoft 365"). A single
    /// word the same in both ("Marketing", "Docker") cannot be told and keeps its capital.
    /// </summary>
    public string NameInSentence(string key, Language language)
    {
        if (!byKey.TryGetValue(key, out var i))
        {
            return key;
        }

        var (name, other) = language == Language.French ? (entries[i].French, entries[i].English) : (entries[i].English, entries[i].French);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 0 ? words[0] : string.Empty;
        var common = first.Length > 1 && char.IsUpper(first[0]) && !first.AsSpan(1).ContainsAnyExcept(LowerLetters)
            && (name == other
                ? words.Length > 1 && words.Skip(1).All(w => char.IsLower(w[0]))
                : !other.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(first, StringComparer.Ordinal));
        return common ? string.Concat(first[..1].ToLowerInvariant(), name.AsSpan(1)) : name;
    }

    // The letters of a common word after its first: lower case, with the accents of French ("Sécurité").
    private static readonly SearchValues<char> LowerLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ-'");

    /// <summary>The English name of the topic an analysed alias names, if any.</summary>
    public string? NameOfAlias(string analysed) => byAlias.TryGetValue(analysed, out var i) ? entries[i].English : null;

    /// <summary>Whether a word (an analysed term) is part of a topic name or alias the lexicon knows.</summary>
    public bool KnowsWord(string term) => words.Contains(term);

    /// <summary>The entry of a key, if the lexicon knows it.</summary>
    public TopicEntry? Entry(string key) => byKey.TryGetValue(key, out var i) ? entries[i] : null;

    /// <summary>
    /// What a query asks for: known topics (longest run of terms first) with all their forms, and the other
    /// words each with their translations. Of a name the organisation gives a topic of its own ("IFRS reporting",
    /// "BGP routing"), ownName, a single word is that word, not the broad topic it names alone ("reporting" is not
    /// business intelligence there, "routing" not networking); a known name of several words still is its topic.
    /// </summary>
    public IReadOnlyList<QueryConcept> Concepts(IReadOnlyList<string> terms, bool ownName = false)
    {
        var result = new List<QueryConcept>();
        var shortest = ownName && terms.Count > 1 ? 2 : 1;
        var i = 0;
        while (i < terms.Count)
        {
            var matched = 0;
            var entry = -1;
            for (var length = Math.Min(LongestAlias, terms.Count - i); length >= shortest && matched == 0; length--)
            {
                if (byAlias.TryGetValue(string.Join(' ', terms.Skip(i).Take(length)), out var found))
                {
                    matched = length;
                    entry = found;
                }
            }

            if (entry >= 0)
            {
                if (!result.Any(c => c.Key == entries[entry].Key))
                {
                    result.Add(new QueryConcept(entries[entry].Key, alternatives[entry]));
                }

                i += matched;
                continue;
            }

            var word = terms[i];
            if (!result.Any(c => c.Key is null && c.Alternatives[0][0] == word))
            {
                var forms = new List<string[]> { new[] { word } };
                if (translations.TryGetValue(word, out var translated))
                {
                    forms.AddRange(translated);
                }

                result.Add(new QueryConcept(null, forms));
            }

            i++;
        }

        return result;
    }

    /// <summary>Each word its own concept, no aliases nor translations.</summary>
    public static IReadOnlyList<QueryConcept> Literal(IReadOnlyList<string> terms) =>
        [.. terms.Distinct(StringComparer.Ordinal).Select(t => new QueryConcept(null, [[t]]))];

    /// <summary>The concept of one known topic, for scoring a person on it.</summary>
    internal QueryConcept? ConceptOf(string key) => byKey.TryGetValue(key, out var i) ? new QueryConcept(key, alternatives[i]) : null;

    private int Find(string[] terms) => terms.Length > 0 && byAlias.TryGetValue(string.Join(' ', terms), out var i) ? i : -1;

    private void AddTranslation(string word, string[] translation)
    {
        words.Add(word);
        if (translation.Length == 0 || (translation.Length == 1 && translation[0] == word))
        {
            return;
        }

        if (!translations.TryGetValue(word, out var list))
        {
            translations[word] = list = [];
        }

        if (!list.Any(t => t.AsSpan().SequenceEqual(translation)))
        {
            list.Add(translation);
        }
    }

    private static List<TopicEntry> CuratedEntries()
    {
        var entries = CuratedTopics.Topics.Select(t => new TopicEntry(KeyOf(t.English), t.English, t.French, t.Aliases)).ToList();
        foreach (var topic in CuratedTopics.Topics)
        {
            foreach (var narrower in topic.Narrower)
            {
                var names = narrower.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                entries.Add(new TopicEntry(KeyOf(names[0]), names[0], names[0], names[1..]) { Parent = KeyOf(topic.English) });
            }
        }

        return entries;
    }

    /// <summary>A known topic's key: its English name folded ("kubernetes", "machine learning"), readable in storage.</summary>
    internal static string KeyOf(string name) =>
        string.Join(' ', TextFolding.Fold(name).Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
