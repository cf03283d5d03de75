namespace ExpertBot.CompanySim.Queries;

/// <summary>One-letter mistakes in the longest word of a name: a letter swapped for another, dropped or doubled.</summary>
internal static class Typo
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    public static string? Of(Random random, string name)
    {
        var words = name.Split(' ');
        var longest = words.Select((w, i) => (Word: w, Index: i)).OrderByDescending(w => w.Word.Count(char.IsAsciiLetter)).ThenBy(w => w.Index).First();
        if (longest.Word.Length < 4 || !longest.Word.All(char.IsAsciiLetter))
        {
            return null;
        }

        var w = longest.Word;
        var at = random.Next(1, w.Length);
        var typo = random.Next(3) switch
        {
            0 => w[..at] + Other(random, w[at]) + w[(at + 1)..],
            1 => w[..at] + w[(at + 1)..],
            _ => w[..at] + w[at] + w[at..],
        };
        words[longest.Index] = typo;
        return string.Join(' ', words);
    }

    private static char Other(Random random, char c)
    {
        var lower = char.ToLowerInvariant(c);
        var replacement = Letters[(Letters.IndexOf(lower, StringComparison.Ordinal) + 1 + random.Next(Letters.Length - 1)) % Letters.Length];
        return char.IsUpper(c) ? char.ToUpperInvariant(replacement) : replacement;
    }
}
