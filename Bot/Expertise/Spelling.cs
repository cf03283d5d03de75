namespace ExpertBot.Expertise;

/// <summary>
/// Typo tolerance against the organisation's own vocabulary: a query word the organisation never writes is
/// read as the commonest word one edit away ("kubernets" → kubernetes, "kafak" → kafka; two edits for long words)
/// that starts as it does, or with its first two letters swapped ("Blink" is not "link"). Words the lexicon knows
/// are never changed. Only the miss path pays: the words of each length and first letter are kept apart, so a
/// correction compares a few hundred words, not the vocabulary. A word the organisation writes only as someone's
/// name ("reids" stems to "reid", of Laura Reid) is compared as typed, and corrected only to a topic's word (Redis).
/// </summary>
internal sealed partial class Spelling
{
    // Only words written in at least this many items are offered as corrections.
    private const int CommonDocuments = 3;
    private const int ShortestCorrected = 4;
    private const int TwoEditsFrom = 9;
    private const int LongestWord = 40;
    private const int LongestTopic = 4;

    private readonly Dictionary<string, int> documentFrequency;

    // Common words by length and first letter: a typo keeps its first letter or swaps it with the second, so a
    // correction reads a few hundred words, not a whole length of the vocabulary.
    private readonly Dictionary<(int Length, char First), string[]> byStart;

    // Words of people's names ("reid" of Laura Reid): written in items as mentions, not as what anyone knows.
    private readonly HashSet<string> nameWords;

    public Spelling(InvertedField field, IEnumerable<string>? personNames = null)
    {
        nameWords = (personNames ?? []).SelectMany(TextAnalyzer.Terms).ToHashSet(StringComparer.Ordinal);
        documentFrequency = new Dictionary<string, int>(field.TermCount, StringComparer.Ordinal);
        var lists = new Dictionary<(int, char), List<string>>();
        foreach (var (term, id) in field.Terms)
        {
            var df = field.Offsets[id + 1] - field.Offsets[id];
            documentFrequency[term] = df;
            if (df >= CommonDocuments && term.Length >= ShortestCorrected && term.Length <= LongestWord && term.All(char.IsLetter))
            {
                var key = (term.Length, term[0]);
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                list.Add(term);
            }
        }

        // In order, so that among equally good corrections the same one is chosen whatever the dictionary's order.
        byStart = lists.ToDictionary(l => l.Key, l => l.Value.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// The question's topic with likely typos replaced by the organisation's word, or null when none was. Of words
    /// as close, one that names a topic (the lexicon's, or <paramref name="isNameWord"/>: the organisation's own
    /// names) is the likelier meaning: "finps" is FinOps, not "fine"; "prcing" is pricing, not "pacing".
    /// </summary>
    public string? Correct(string topic, TopicLexicon lexicon, Func<string, bool>? isNameWord = null)
    {
        // A topic, not a paragraph: in a long question an unknown word is more likely a rare word than a typo.
        if (Word().Count(topic) > LongestTopic)
        {
            return null;
        }

        var changed = false;
        var corrected = Word().Replace(topic, match =>
        {
            var terms = TextAnalyzer.Terms(match.Value);
            // Someone's name that names no topic is compared as typed ("reids", not its stem "reid": Redis is one
            // transposition away); a name that is also a topic's word ("Rust", "Java") is that word.
            var personName = terms.Count == 1 && nameWords.Contains(terms[0]) && isNameWord?.Invoke(terms[0]) != true && !lexicon.KnowsWord(terms[0]);
            var term = personName ? TextFolding.Fold(match.Value) : terms.Count == 1 ? terms[0] : null;
            if (term is not null && Suggest(term, match.Length, lexicon, isNameWord, personName) is { } better)
            {
                // Terms are stemmed ("kubernetes" is indexed as "kubernete"): a known topic named by this one word is
                // shown by its name; a word that is an alias alone of a longer name ("spring" of Spring Boot) as typed,
                // or "Sppring Boot" would read "Spring Boot Boot".
                changed = true;
                return lexicon.NameOfAlias(better) is { } name && TextAnalyzer.Terms(name) is [var only] && only == better
                    ? name
                    : AsTyped(match.Value, term, better);
            }

            return match.Value;
        });
        return changed ? corrected : null;
    }

    // A word is long enough to correct as typed: "MLOs" is four letters though its stem "mlo" has three.
    // A word written as someone's name ("reids": "reid" of Laura Reid), given as typed, may be a typo of a topic's
    // name (Redis): then only a correction that names a topic is one.
    private string? Suggest(string term, int typedLength, TopicLexicon lexicon, Func<string, bool>? isNameWord, bool personName = false)
    {
        if (Math.Max(term.Length, typedLength) < ShortestCorrected || documentFrequency.ContainsKey(term) || !term.All(char.IsLetter) || lexicon.KnowsWord(term))
        {
            return null;
        }

        var edits = term.Length >= TwoEditsFrom ? 2 : 1;
        string? best = null;
        var (bestDf, bestDistance, bestNames) = (0, int.MaxValue, false);
        for (var length = Math.Max(ShortestCorrected, term.Length - edits); length <= Math.Min(LongestWord, term.Length + edits); length++)
        {
            var starts = term[0] == term[1] ? [term[0]] : new[] { term[0], term[1] };
            foreach (var candidate in starts.SelectMany(first => byStart.GetValueOrDefault((length, first), [])))
            {
                // People rarely miss a word's first letter: a word starting with the typed second letter is a
                // correction only as the first two letters swapped ("Blink" is not a typo of "link").
                if (candidate[0] != term[0] && (candidate.Length != term.Length || candidate[1] != term[0]))
                {
                    continue;
                }

                var distance = Distance(term, candidate, edits);
                if (distance > edits)
                {
                    continue;
                }

                var candidateDf = documentFrequency[candidate];
                var names = lexicon.KnowsWord(candidate) || isNameWord?.Invoke(candidate) == true;
                // The closest word; at the same distance, one that names a topic, then the commonest (then the
                // first in order, for a stable answer).
                if (distance < bestDistance
                    || (distance == bestDistance && names && !bestNames)
                    || (distance == bestDistance && names == bestNames && (candidateDf > bestDf || (candidateDf == bestDf && string.CompareOrdinal(candidate, best) < 0))))
                {
                    (best, bestDf, bestDistance, bestNames) = (candidate, candidateDf, distance, names);
                }
            }
        }

        return personName && !bestNames ? null : best;
    }

    // The correction written as the word was typed: the plural the analyser strips ("Finps" → "finop" → "Finops"), a capital.
    private static string AsTyped(string typed, string term, string corrected)
    {
        var plural = typed.EndsWith('s') && !term.EndsWith('s') ? corrected + "s" : corrected;
        return char.IsUpper(typed[0]) ? char.ToUpperInvariant(plural[0]) + plural[1..] : plural;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial System.Text.RegularExpressions.Regex Word();

    /// <summary>Edits (insertion, deletion, substitution, transposition of neighbours) from a to b, or more than max.</summary>
    internal static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowBest = Math.Min(rowBest, value);
            }

            if (rowBest > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
