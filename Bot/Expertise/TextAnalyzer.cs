using System.Buffers;
using System.Globalization;
using System.Text;

namespace ExpertBot.Expertise;

/// <summary>
/// Turns English and French text into index terms: lower case, accents folded (so "connaît" and "connait"
/// meet), elisions split ("l'apprentissage"), stop words of both languages dropped, plurals lightly stemmed.
/// Technology names keep their punctuation as one term (".net", "asp.net", "node.js", "c#", "c++", "ci/cd"),
/// version numbers stay whole ("3.5"), and links and e-mail addresses give no terms.
/// </summary>
internal static class TextAnalyzer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // English
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "could", "do", "does", "for", "from", "has", "have",
        "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "so", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "to", "was", "we", "were", "what", "when", "where", "which", "who",
        "whom", "why", "will", "with", "would", "you", "your", "any", "anyone", "someone", "somebody", "anybody", "about",
        "get", "got", "should", "all", "not", "no", "also", "than", "too", "very", "just", "us", "he", "she", "his", "her", "both", "together", "please", "specifically",
        // French
        "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "ils",
        "je", "la", "le", "les", "leur", "lui", "ma", "mais", "me", "mes", "moi", "mon", "ne", "nos", "notre", "nous", "on",
        "ou", "par", "pas", "pour", "qu", "que", "qui", "quoi", "sa", "se", "ses", "son", "sur", "ta", "te", "tes", "toi",
        "ton", "tu", "un", "une", "vos", "votre", "vous", "y", "d", "l", "j", "c", "n", "s", "t", "m", "quelqu", "quelqu'un",
        "sont", "suis", "etre", "avoir", "comment", "quel", "quelle", "quels", "quelles", "ya", "est-ce",
    };

    // After a dot inside a word, these make one name with what precedes: "node.js", "asp.net", "socket.io".
    // Any other word after a dot is a new word, so "end.Next" (a missing space) still splits.
    private static readonly HashSet<string> NameSuffixes = new(StringComparer.Ordinal) { "js", "ts", "net", "io" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameSuffixSpans = NameSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every link or address holds one of these ("://", "www.", "@…."); most words hold none and are not looked at further.
    private static readonly SearchValues<char> AddressMarks = SearchValues.Create(":.@");

    /// <summary>Whether a folded word is a stop word of either language.</summary>
    internal static bool IsStopWord(ReadOnlySpan<char> word) => StopWordSpans.Contains(word);

    public static IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        AddTerms(text, terms);
        return terms;
    }

    /// <summary>
    /// The terms of a text, appended to <paramref name="terms"/>. With a <paramref name="known"/> cache (one per
    /// build, not shared between threads), a token met before costs a lookup instead of two strings and a stemming.
    /// </summary>
    public static void AddTerms(string? text, List<string> terms, TermCache? known = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var folded = TextFolding.Fold(text);
        var acronyms = CapitalStopWords(text);
        for (var i = 0; i < folded.Length;)
        {
            if (char.IsWhiteSpace(folded[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < folded.Length && !char.IsWhiteSpace(folded[end]))
            {
                end++;
            }

            // A link or an address is one word of host and path pieces ("https", "www", "com"): none says what someone knows.
            if (!IsAddress(folded.AsSpan(i, end - i)))
            {
                AddWordTerms(folded, i, end, terms, known, acronyms);
            }

            i = end;
        }
    }

    /// <summary>
    /// The stop words a text writes as an acronym, in lower case, or null (most texts): two capitals alone, amid words
    /// in lower case ("TA" of talent acquisition, "IT", "US", "CE marking", "OR" of operations research). Lower-cased
    /// they would be dropped with "ta", "it", "us", "ce" and "or", and a question asking for one would find nothing.
    /// Beside a stop word in capitals ("DO NOT", "IT IS") or in a text without lower case, capitals are emphasis.
    /// </summary>
    internal static string[]? CapitalStopWords(string text)
    {
        List<string>? found = null;
        bool? emphasis = null; // read once, and only for a text that has a candidate
        for (var i = text.AsSpan().IndexOfAnyInRange('A', 'Z'); i >= 0 && i + 1 < text.Length;)
        {
            if (char.IsAsciiLetterUpper(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
                && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2]))
                && string.Create(2, (text[i], text[i + 1]), static (pair, c) => { pair[0] = char.ToLowerInvariant(c.Item1); pair[1] = char.ToLowerInvariant(c.Item2); }) is var word
                && StopWords.Contains(word) && found?.Contains(word) != true
                && !IsCapitalStopWord(WordBefore(text, i)) && !IsCapitalStopWord(WordAfter(text, i + 2))
                && !(emphasis ??= !HasLowerCaseOrIsOneWord(text)))
            {
                (found ??= []).Add(word);
            }

            var next = text.AsSpan(i + 1).IndexOfAnyInRange('A', 'Z');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return found?.ToArray();
    }

    // The whitespace-separated word before the one holding position at, or nothing.
    internal static ReadOnlySpan<char> WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && !char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    // The whitespace-separated word after the one holding position at - 1, or nothing.
    internal static ReadOnlySpan<char> WordAfter(string text, int at)
    {
        var start = at;
        while (start < text.Length && !char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    private static bool IsCapitalStopWord(ReadOnlySpan<char> word)
    {
        word = word.Trim(".,;:!?()[]\"'");
        if (word.Length < 2 || word.ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return StopWordSpans.Contains(lower);
    }

    private static string? AcronymOf(string[] acronyms, ReadOnlySpan<char> token)
    {
        foreach (var acronym in acronyms)
        {
            if (token.SequenceEqual(acronym))
            {
                return acronym;
            }
        }

        return null;
    }

    private static bool HasLowerCaseOrIsOneWord(string text) =>
        text.AsSpan().ContainsAnyInRange('a', 'z') || text.AsSpan().Trim().IndexOfAny(' ', '\t', '\n') < 0;

    // "https://…", "www.…" and "jane.doe@contoso.com" (a dot in what follows the '@', once the sentence's own
    // punctuation is trimmed, so "Kubernetes@scale." is still two words).
    private static bool IsAddress(ReadOnlySpan<char> word)
    {
        if (!word.ContainsAny(AddressMarks))
        {
            return false;
        }

        var at = word.IndexOf('@');
        return word.Contains("://", StringComparison.Ordinal) || word.Contains("www.", StringComparison.Ordinal)
            || (at > 0 && word[(at + 1)..].TrimEnd(".,;:!?)]>\"'").Contains('.'));
    }

    /// <summary>The terms of one whitespace-free word of folded text, [start, end).</summary>
    private static void AddWordTerms(string s, int start, int end, List<string> terms, TermCache? known, string[]? acronyms)
    {
        for (var i = start; i < end;)
        {
            if (!StartsToken(s, i, start, end))
            {
                i++;
                continue;
            }

            if (JoinedWords.LetterPrefixEnd(s, i, start, end) is var joinedEnd and > 0)
            {
                // "t-sql", "e-commerce", "k-means", "e-mail", "S/4": the letter and its word are one term, as "tsql",
                // "ecommerce", "kmeans", "email" are written too. Split, the letter would be a stop word or noise
                // and the word alone far broader ("sql" is every database, "commerce" all of trade).
                var hyphen = s.IndexOfAny(['-', '/'], i);
                var joined = string.Concat(s.AsSpan(i, hyphen - i), s.AsSpan(hyphen + 1, joinedEnd - hyphen - 1));
                terms.Add(known is null ? Stem(joined) : known.Term(joined));
                i = joinedEnd;
                continue;
            }

            var tokenEnd = TokenEnd(s, i, start, end);
            var token = s.AsSpan(i, tokenEnd - i);
            if (!StopWordSpans.Contains(token) && !JoinedWords.IsFrenchParticle(s, i, tokenEnd, end))
            {
                terms.Add(known is null ? Stem(token.ToString()) : known.Term(token));
            }
            else if (acronyms is not null && AcronymOf(acronyms, token) is { } acronym)
            {
                terms.Add(acronym);
            }

            i = tokenEnd;
        }
    }

    // A letter or digit starts a token; so does the dot of ".net" when it opens a word or follows a bracket or slash.
    private static bool StartsToken(string s, int i, int start, int end) =>
        char.IsLetterOrDigit(s[i])
        || (s[i] == '.' && i + 1 < end && char.IsLetter(s[i + 1]) && (i == start || (!char.IsLetterOrDigit(s[i - 1]) && s[i - 1] != '.')));

    private static int TokenEnd(string s, int tokenStart, int wordStart, int end)
    {
        var i = tokenStart;
        while (true)
        {
            var segmentStart = s[i] == '.' ? i + 1 : i;
            i = AlnumEnd(s, segmentStart, end);
            if (i == end)
            {
                return i;
            }

            switch (s[i])
            {
                case '.' when JoinsAfterDot(s, segmentStart, i, end):
                    continue;
                case '/' when JoinsAcronymPair(s, tokenStart, wordStart, i, end):
                    return AlnumEnd(s, i + 1, end);
                case '&' when JoinsAmpersandPair(s, tokenStart, wordStart, i, end):
                    return AlnumEnd(s, i + 1, end);
                case '+' or '#':
                    return SymbolSuffixEnd(s, i, end);
                default:
                    return i;
            }
        }
    }

    internal static int AlnumEnd(string s, int i, int end)
    {
        while (i < end && char.IsLetterOrDigit(s[i]))
        {
            i++;
        }

        return i;
    }

    // "node.js", "asp.net" are names; "3.5", "1.31", "v1.2" are versions: one term each. Anything else after a dot,
    // or a dot before a space ("in Kubernetes. Then"), ends the word there.
    private static bool JoinsAfterDot(string s, int segmentStart, int dot, int end)
    {
        var next = AlnumEnd(s, dot + 1, end);
        if (next == dot + 1)
        {
            return false;
        }

        var after = s.AsSpan(dot + 1, next - dot - 1);
        return NameSuffixSpans.Contains(after) || (dot > segmentStart && char.IsAsciiDigit(s[dot - 1]) && !after.ContainsAnyExceptInRange('0', '9'));
    }

    // "ci/cd", "tcp/ip", "pl/sql": two short words, neither a stop word, that start with a letter. "and/or", "client/server"
    // and paths ("src/bot/app") stay split.
    private static bool JoinsAcronymPair(string s, int tokenStart, int wordStart, int slash, int end)
    {
        var next = AlnumEnd(s, slash + 1, end);
        return IsAcronymHalf(s.AsSpan(tokenStart, slash - tokenStart)) && IsAcronymHalf(s.AsSpan(slash + 1, next - slash - 1))
            && (tokenStart == wordStart || s[tokenStart - 1] != '/') && (next == end || s[next] != '/');
    }

    // "l&d", "r&d", "m&a", "s&op": letters on both sides of '&' and at most three each, one name. Both halves are
    // often stop words alone ("l", "d"), so split they would leave nothing. "rock&roll", "a&&b" stay split.
    private static bool JoinsAmpersandPair(string s, int tokenStart, int wordStart, int ampersand, int end)
    {
        var next = AlnumEnd(s, ampersand + 1, end);
        return ampersand - tokenStart is >= 1 and <= 3 && next - ampersand - 1 is >= 1 and <= 3
            && s.AsSpan(tokenStart, ampersand - tokenStart).ContainsAnyExceptInRange('a', 'z') is false
            && s.AsSpan(ampersand + 1, next - ampersand - 1).ContainsAnyExceptInRange('a', 'z') is false
            && (tokenStart == wordStart || s[tokenStart - 1] != '&') && (next == end || s[next] != '&');
    }

    private static bool IsAcronymHalf(ReadOnlySpan<char> half) =>
        half.Length is 2 or 3 && char.IsLetter(half[0]) && IsPlain(half) && !StopWordSpans.Contains(half);

    // "c#", "f#", "c++", "notepad++" keep their symbols; "a+b" and "issue#123" do not, as a letter (or, after '#', a digit) follows.
    private static int SymbolSuffixEnd(string s, int symbol, int end)
    {
        var i = symbol + 1;
        while (s[symbol] == '+' && i < end && s[i] == '+')
        {
            i++;
        }

        var followed = i < end && (char.IsLetter(s[i]) || (s[symbol] == '#' && char.IsDigit(s[i])));
        return followed ? symbol : i;
    }

    private static bool IsPlain(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The terms of tokens already met, for one build's many texts: the same token, the same term (and string).</summary>
    internal sealed class TermCache
    {
        // Beyond this many distinct tokens (typos, numbers, ids) new ones are stemmed each time rather than kept.
        private const int MostKept = 1 << 20;
        private readonly Dictionary<string, string> terms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public TermCache() => lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Term(ReadOnlySpan<char> token)
        {
            if (lookup.TryGetValue(token, out var term))
            {
                return term;
            }

            var raw = token.ToString();
            term = Stem(raw);
            if (terms.Count < MostKept)
            {
                terms[raw] = term;
            }

            return term;
        }
    }

    // Only words of letters (and digits) are stemmed: "node.js" must not become "node.j".
    private static string Stem(string token)
    {
        if (token.Length <= 3 || !char.IsLetter(token[^1]) || !IsPlain(token))
        {
            return token;
        }

        return OneSpelling(Plural(token));
    }

    // British and American spellings of a word meet: "localization" and "localisation", "analyze" and "analyse",
    // "behavior" and "behaviour", "labor" and "labour" (each ending as written, then as read). A word with fewer than
    // ShortestStem letters before the ending ("size", "prize", "four", "hour", "tour") is left alone.
    private static readonly (string Written, string Read)[] Spellings =
    [
        ("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("izer", "iser"), ("ize", "ise"),
        ("yzing", "ysing"), ("yzed", "ysed"), ("yzer", "yser"), ("yze", "yse"),
        ("our", "or"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"), ("ourable", "orable"),
    ];

    private const int ShortestStem = 3;

    private static string OneSpelling(string word)
    {
        foreach (var (written, read) in Spellings)
        {
            if (word.Length >= written.Length + ShortestStem && word.EndsWith(written, StringComparison.Ordinal))
            {
                return string.Concat(word.AsSpan(0, word.Length - written.Length), read);
            }
        }

        return word;
    }

    private static string Plural(string token)
    {
        if (token.EndsWith("ies", StringComparison.Ordinal) && token.Length > 4)
        {
            return token[..^3] + "y";
        }

        // "journaux" → "journal", but "réseaux" → "réseau", not "réseal".
        if (token.EndsWith("aux", StringComparison.Ordinal) && token.Length > 4 && token[^4] != 'e')
        {
            return token[..^3] + "al";
        }

        if ((token[^1] == 's' && token[^2] != 's' && token[^2] != 'u' && token[^2] != 'i') || (token[^1] == 'x' && token[^2] == 'u'))
        {
            return token[..^1];
        }

        return token;
    }
}
