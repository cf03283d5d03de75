using System.Globalization;
using System.Text;

namespace ExpertBot.Gaming.Text;

/// <summary>Small text transforms: URL slugs, accents stripped, hashtags.</summary>
internal static class Slug
{
    /// <summary>"Vision stratégique FinOps 2027" → "vision-strategique-finops-2027".</summary>
    public static string From(string text, int maxLength = 60)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in StripAccents(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= maxLength)
            {
                break;
            }
        }

        return builder.ToString().Trim('-');
    }

    public static string StripAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>"IFRS reporting" → "IFRSReporting", "Gestion de trésorerie" → "GestionDeTrésorerie".</summary>
    public static string HashtagBody(string name)
    {
        var builder = new StringBuilder(name.Length);
        var startOfWord = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return builder.ToString();
    }
}
