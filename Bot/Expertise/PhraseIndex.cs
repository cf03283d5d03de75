
namespace ExpertBot.Expertise;

/// <summary>
/// Phrases (analysed terms joined by spaces: "kubernetes", "infrastructure code") found in runs of analysed
/// terms, looked up by their first term. Immutable once built.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Dictionary<string, List<string[]>> byFirstTerm = new(StringComparer.Ordinal);

    public PhraseIndex(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            var terms = key.Split(' ');
            if (!byFirstTerm.TryGetValue(terms[0], out var list))
            {
                byFirstTerm[terms[0]] = list = [];
            }

            list.Add(terms);
        }
    }

    /// <summary>A phrase's key: its analysed terms joined by a space, or null for nothing, a lone letter or more than <paramref name="maxTerms"/> terms.</summary>
    public static string? Key(string? raw, int maxTerms)
    {
        var terms = TextAnalyzer.Terms(raw);
        return terms.Count == 0 || terms.Count > maxTerms || (terms.Count == 1 && terms[0].Length < 2) ? null : string.Join(' ', terms);
    }

    /// <summary>The known phrases in the terms, each once, in the order found; added to <paramref name="found"/>.</summary>
    public void Find(IReadOnlyList<string> terms, List<string> found)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (!byFirstTerm.TryGetValue(terms[i], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (i + phrase.Length <= terms.Count && Matches(terms, i, phrase))
                {
                    var key = phrase.Length == 1 ? phrase[0] : string.Join(' ', phrase);
                    if (!found.Contains(key, StringComparer.Ordinal))
                    {
                        found.Add(key);
                    }
                }
            }
        }
    }

    private static bool Matches(IReadOnlyList<string> terms, int at, string[] phrase)
    {
        for (var j = 0; j < phrase.Length; j++)
        {
            if (!string.Equals(terms[at + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
