using System.Globalization;
using System.Text;

namespace ExpertBot.Expertise;

/// <summary>
/// Lower case with accents removed, the form every comparison of names, topics and index terms uses: "Été",
/// "ete" and "ÉTÉ" meet, "Œuvre" is "oeuvre". Fast on long texts, since every item of a build goes through it.
/// </summary>
internal static class TextFolding
{
    // Every character of the first plane as the runtime lower-cases it (surrogates aside): looked up, not asked of ICU each time.
    private static readonly char[] LowerCase = string.Create(0x10000, 0, static (all, _) =>
    {
        for (var c = 0; c < all.Length; c++)
        {
            all[c] = char.IsSurrogate((char)c) ? ' ' : (char)c;
        }
    }).ToLowerInvariant().ToCharArray();

    /// <summary>Lower case with accents removed: the form every comparison of names and topics uses.</summary>
    public static string Fold(string text)
    {
        var decomposed = WithoutInvalidCodePoints(LowerInvariant(text)).Normalize(NormalizationForm.FormD);

        // Most text (all plain ASCII) has no accent to drop and no ligature to spell out: it is its own folding.
        if (decomposed.AsSpan().IndexOfAnyExceptInRange('\0', '\u007f') < 0 || AllKept(decomposed))
        {
            return decomposed;
        }

        var builder = new StringBuilder(decomposed.Length + 8);
        foreach (var c in decomposed)
        {
            if (Kept(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(SpelledOut(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The same as <see cref="string.ToLowerInvariant()"/>, faster on text that is not all ASCII: that lower-cases
    /// everything from the first other character on one by one through ICU; this keeps the ASCII runs vectorised
    /// and looks the others up.
    /// </summary>
    internal static string LowerInvariant(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\u007f'))
        {
            return text.ToLowerInvariant();
        }

        return string.Create(text.Length, text, static (lower, source) =>
        {
            for (var i = 0; i < source.Length;)
            {
                Ascii.ToLower(source.AsSpan(i), lower[i..], out var done);
                i += done;
                if (i == source.Length)
                {
                    break;
                }

                var c = source[i];
                if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    // A letter beyond the first plane lower-cases to one of the same plane: two chars again.
                    i += Rune.ToLowerInvariant(new Rune(c, source[i + 1])).EncodeToUtf16(lower[i..]);
                }
                else
                {
                    lower[i++] = char.IsSurrogate(c) ? c : LowerCase[c];
                }
            }
        });
    }

    // A character folding leaves as it is: not an accent (a non-spacing mark once decomposed), not one spelled out.
    private static bool Kept(char c) =>
        c < 0x80 || (SpelledOut(c) is null && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);

    // Ligatures and the curly apostrophe as folding writes them; null for any other character (an accent is dropped).
    private static string? SpelledOut(char c) => c switch
    {
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        '’' => "'",
        _ => null,
    };

    private static bool AllKept(string text)
    {
        foreach (var c in text)
        {
            if (!Kept(c))
            {
                return false;
            }
        }

        return true;
    }

    // Normalize throws on a lone surrogate or a noncharacter such as U+FFFF; a question or a document may hold
    // either (typed, pasted or fuzzed), and one character must not fail a search or an index build: it becomes a space.
    private static string WithoutInvalidCodePoints(string text)
    {
        var i = 0;
        while (i < text.Length && IsValidAt(text, i, out var width))
        {
            i += width;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (i = 0; i < text.Length;)
        {
            if (IsValidAt(text, i, out var width))
            {
                builder.Append(text, i, width);
            }
            else
            {
                builder.Append(' ');
            }

            i += width;
        }

        return builder.ToString();
    }

    private static bool IsValidAt(string text, int i, out int width)
    {
        var c = text[i];
        width = 1;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            var scalar = char.ConvertToUtf32(c, text[i + 1]);
            return (scalar & 0xFFFE) != 0xFFFE;
        }

        return !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF') && c is not (>= '\uFDD0' and <= '\uFDEF');
    }
}
