using System.Globalization;
using System.Text;

namespace ExpertBot.OrgSim;

/// <summary>Casing, accent folding and French elision used when assembling sentences.</summary>
internal static class TextCase
{
    private const string Vowels = "aeiouàâäéèêëîïôöûùüœæAEIOUÀÂÄÉÈÊËÎÏÔÖÛÙÜŒÆ";
    private static readonly string[] Elidable = ["de", "que", "le", "la", "je", "ne"];
    private static readonly string[] Articles = ["le", "la", "les", "un", "une", "des", "du"];

    /// <summary>Lower-case, accents removed: for comparisons and ASCII identifiers.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>French contractions: "de " + "les index" becomes "des index", "à " + "le SQL" becomes "au SQL".</summary>
    /// <returns>What remains of <paramref name="next"/> to append.</returns>
    public static string Contract(StringBuilder sb, string next)
    {
        var n = sb.Length;
        var les = next.StartsWith("les ", StringComparison.Ordinal);
        var le = next.StartsWith("le ", StringComparison.Ordinal);
        if ((!les && !le) || n < 2 || sb[n - 1] != ' ')
        {
            return next;
        }

        var de = n >= 3 && sb[n - 3] == 'd' && sb[n - 2] == 'e' && (n == 3 || !char.IsLetter(sb[n - 4]));
        var a = sb[n - 2] == 'à' && (n == 2 || !char.IsLetter(sb[n - 3]));
        if (!de && !a)
        {
            return next;
        }

        sb.Length = n - (de ? 3 : 2);
        sb.Append(de ? (les ? "des " : "du ") : (les ? "aux " : "au "));
        return next[(les ? 4 : 3)..];
    }

    /// <summary>French elision before a vowel: "de " + "Apache Kafka" becomes "d'Apache Kafka".</summary>
    public static void Elide(StringBuilder sb, string next)
    {
        var n = sb.Length;
        if (next.Length == 0 || n < 3 || sb[n - 1] != ' ' || !Vowels.Contains(next[0], StringComparison.Ordinal))
        {
            return;
        }

        foreach (var word in Elidable)
        {
            var begin = n - 1 - word.Length;
            if (begin < 0 || (begin > 0 && char.IsLetter(sb[begin - 1])))
            {
                continue;
            }

            var match = true;
            for (var i = 0; i < word.Length && match; i++)
            {
                match = char.ToLowerInvariant(sb[begin + i]) == word[i];
            }

            if (match)
            {
                sb.Length = n - 2;
                sb.Append('\'');
                return;
            }
        }
    }

    /// <summary>Capitalises the sentence starting at <paramref name="start"/> unless its first word looks like a code token.</summary>
    public static void CapitalizeAt(StringBuilder sb, int start)
    {
        if (start >= sb.Length || !char.IsLower(sb[start]))
        {
            return;
        }

        var end = start;
        var plain = true;
        while (end < sb.Length && sb[end] != ' ')
        {
            var c = sb[end];
            plain &= !char.IsUpper(c) && !char.IsDigit(c) && c != '_' && c != '.' && c != '$';
            end++;
        }

        var length = end - start;
        var word = sb.ToString(start, length);
        var article = Array.IndexOf(Articles, word) >= 0 || (length > 2 && word[1] == '\'');
        if (plain && (length >= 4 || article))
        {
            sb[start] = char.ToUpperInvariant(sb[start]);
        }
    }

    public static string Capitalize(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>ASCII slug for URLs and mail addresses.</summary>
    public static string Slug(string text, char separator, int maxLength)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(Math.Min(folded.Length, maxLength));
        var pendingSeparator = false;
        foreach (var c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingSeparator && sb.Length > 0)
                {
                    sb.Append(separator);
                }

                pendingSeparator = false;
                sb.Append(c);
                if (sb.Length >= maxLength)
                {
                    break;
                }
            }
            else
            {
                pendingSeparator = true;
            }
        }

        return sb.ToString();
    }
}
