using System.Globalization;
using System.Text;

namespace ExpertBot.CompanySim.Catalogue;

/// <summary>Lower-case letters and digits joined by '-', accents folded: "CI/CD" → "ci-cd", "Prévisions" → "previsions".</summary>
internal static class Slug
{
    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
