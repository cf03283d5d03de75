using System.Globalization;
using System.Text;

namespace ExpertBot.Expertise;

/// <summary>
/// Turns English and French text into index terms: lower case, accents folded (so "connaît" and "connait"
/// meet), elisions split ("l'apprentissage"), stop words of both languages dropped, plurals lightly stemmed.
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
        "get", "got", "should", "all", "not", "no", "also", "than", "too", "very", "just", "us", "he", "she", "his", "her",
        // French
        "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "ils",
        "je", "la", "le", "les", "leur", "lui", "ma", "mais", "me", "mes", "moi", "mon", "ne", "nos", "notre", "nous", "on",
        "ou", "par", "pas", "pour", "qu", "que", "qui", "quoi", "sa", "se", "ses", "son", "sur", "ta", "te", "tes", "toi",
        "ton", "tu", "un", "une", "vos", "votre", "vous", "y", "d", "l", "j", "c", "n", "s", "t", "m", "quelqu", "quelqu'un",
        "sont", "suis", "etre", "avoir", "comment", "quel", "quelle", "quels", "quelles", "ya", "est-ce",
    };

    public static IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        AddTerms(text, terms);
        return terms;
    }

    public static void AddTerms(string? text, List<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inToken = i < folded.Length && IsTokenChar(folded, i);
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                var token = folded[start..i];
                if (token.Length > 0 && !StopWords.Contains(token))
                {
                    terms.Add(Stem(token));
                }

                start = -1;
            }
        }
    }

    /// <summary>Lower case with accents removed: the form every comparison of names and topics uses.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'œ' => "oe", 'æ' => "ae", 'ß' => "ss", '’' => "'", _ => c.ToString() });
            }
        }

        return builder.ToString();
    }

    private static bool IsTokenChar(string s, int i)
    {
        var c = s[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        // Keep "c#", "c++" and ".net"-style names whole; a lone symbol is not a token.
        return (c == '#' || c == '+') && i > 0 && char.IsLetterOrDigit(s[i - 1]);
    }

    private static string Stem(string token)
    {
        if (token.Length <= 3 || !char.IsLetter(token[^1]))
        {
            return token;
        }

        if (token.EndsWith("ies", StringComparison.Ordinal) && token.Length > 4)
        {
            return token[..^3] + "y";
        }

        if (token.EndsWith("aux", StringComparison.Ordinal) && token.Length > 4)
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
