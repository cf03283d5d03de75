using System.Text.RegularExpressions;

namespace ExpertBot.Expertise;

/// <summary>
/// Learns acronyms from the organisation's own writing: "Infrastructure as Code (IaC)" teaches that "IaC"
/// means "Infrastructure as Code". The initials of the words before the parentheses must spell the acronym;
/// when one acronym has several long forms, the most frequent wins.
/// </summary>
internal sealed partial class AcronymLearner
{
    private readonly Dictionary<string, Dictionary<string, int>> seen = new(StringComparer.Ordinal);

    [GeneratedRegex(@"((?:[\p{L}][\p{L}\d'-]*\s+){0,5}[\p{L}][\p{L}\d'-]*)\s*\(([\p{Lu}][\p{L}\d&]{1,7})\)")]
    private static partial Regex Pattern();

    public void Read(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('(', StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match match in Pattern().Matches(text))
        {
            var acronym = match.Groups[2].Value;
            var letters = acronym.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray();
            if (letters.Length < 2 || !acronym.Skip(1).Any(char.IsUpper))
            {
                continue;
            }

            var words = match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (LongForm(words, letters) is not { } longForm)
            {
                continue;
            }

            if (!seen.TryGetValue(acronym, out var forms))
            {
                seen[acronym] = forms = new(StringComparer.OrdinalIgnoreCase);
            }

            forms[longForm] = forms.GetValueOrDefault(longForm) + 1;
        }
    }

    public IEnumerable<TopicEntry> Learned()
    {
        foreach (var (acronym, forms) in seen)
        {
            var longForm = forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
            var key = TopicLexicon.KeyOf(longForm);
            if (key.Length > 0)
            {
                yield return new TopicEntry(key, longForm, longForm, [acronym], Learned: true);
            }
        }
    }

    // The shortest run of final words whose initials spell the acronym, small words allowed in between
    // ("Infrastructure as Code" for IaC, "Identity and Access Management" for IAM).
    private static string? LongForm(string[] words, char[] letters)
    {
        for (var take = letters.Length; take <= Math.Min(words.Length, letters.Length + 2); take++)
        {
            var run = words[^take..];
            var initials = run
                .Where(w => take == letters.Length || char.IsUpper(w[0]))
                .Select(w => char.ToLowerInvariant(w[0]))
                .ToArray();
            if (initials.AsSpan().SequenceEqual(letters) && char.ToLowerInvariant(run[0][0]) == letters[0])
            {
                return string.Join(' ', run);
            }
        }

        return null;
    }
}
