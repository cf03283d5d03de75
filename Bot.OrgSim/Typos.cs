namespace ExpertBot.OrgSim;

/// <summary>Realistic one-edit misspellings: adjacent transposition, dropped letter, neighbouring key, doubled letter.</summary>
internal static class Typos
{
    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    /// <summary>Misspells the distinctive word of the canonical name (or of an alias when the name is long).</summary>
    public static string? Misspell(Topic topic, Random rng)
    {
        var text = topic.English.Split(' ').Length <= 3
            ? topic.English
            : topic.Aliases.FirstOrDefault(a => a.Split(' ').Any(IsWord)) ?? topic.English;
        var words = text.Split(' ');
        var index = Array.FindLastIndex(words, IsWord);
        if (index < 0)
        {
            return null;
        }

        var longest = words.Where(IsWord).MaxBy(w => w.Length)!;
        if (words[index].Length < 5 && longest.Length > words[index].Length)
        {
            index = Array.IndexOf(words, longest);
        }

        var typo = Mutate(words[index], rng);
        if (typo is null)
        {
            return null;
        }

        words[index] = typo;
        var result = string.Join(' ', words);
        return rng.Chance(0.4) ? result.ToLowerInvariant() : result;
    }

    private static bool IsWord(string word) => word.Length >= 4 && word.All(char.IsLetter);

    private static string? Mutate(string word, Random rng)
    {
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var chars = word.ToCharArray().ToList();
            var pos = rng.Next(1, chars.Count - 1);
            switch (rng.Next(4))
            {
                case 0:
                    (chars[pos], chars[pos + 1]) = (chars[pos + 1], chars[pos]);
                    break;
                case 1:
                    chars.RemoveAt(pos);
                    break;
                case 2:
                    var neighbour = Neighbour(chars[pos], rng);
                    if (neighbour is null)
                    {
                        continue;
                    }

                    chars[pos] = neighbour.Value;
                    break;
                default:
                    chars.Insert(pos, chars[pos]);
                    break;
            }

            var candidate = new string([.. chars]);
            if (!string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    private static char? Neighbour(char c, Random rng)
    {
        var lower = char.ToLowerInvariant(c);
        foreach (var row in KeyboardRows)
        {
            var i = row.IndexOf(lower, StringComparison.Ordinal);
            if (i < 0)
            {
                continue;
            }

            var j = i == 0 ? 1 : i == row.Length - 1 ? i - 1 : i + (rng.Chance(0.5) ? 1 : -1);
            return char.IsUpper(c) ? char.ToUpperInvariant(row[j]) : row[j];
        }

        return null;
    }
}
