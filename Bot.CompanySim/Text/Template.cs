using System.Text;

namespace ExpertBot.CompanySim.Text;

/// <summary>Fills a template's slots and starts the sentence with a capital letter.</summary>
internal static class Template
{
    public static string Fill(string template, Slots slots)
    {
        var text = new StringBuilder(template)
            .Replace("{deT}", DeOf(slots.Topic))
            .Replace("{T2}", slots.Topic2 ?? string.Empty)
            .Replace("{T}", slots.Topic ?? string.Empty)
            .Replace("{a}", slots.A ?? string.Empty)
            .Replace("{b}", slots.B ?? string.Empty)
            .Replace("{S}", slots.Sibling ?? string.Empty)
            .Replace("{w2}", slots.Work2 ?? string.Empty)
            .Replace("{w}", slots.Work ?? string.Empty)
            .Replace("{name}", slots.Name ?? string.Empty)
            .Replace("{tag}", slots.Tag ?? string.Empty)
            .ToString();
        return Capitalised(text);
    }

    public static string Capitalised(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>French "de" before a name, elided before a vowel or a mute h: "de Kubernetes", "d'IFRS".</summary>
    public static string DeOf(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var first = char.ToLowerInvariant(name.Normalize(NormalizationForm.FormD)[0]);
        return "aeiouyh".Contains(first, StringComparison.Ordinal) ? $"d'{name}" : $"de {name}";
    }

    /// <summary>A hashtag from a topic name: "labour law" → "#LabourLaw", "CI/CD" → "#CICD".</summary>
    public static string Hashtag(string name)
    {
        var builder = new StringBuilder("#");
        foreach (var word in name.Split([' ', '/', '.', '-', '&', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsLetterOrDigit)]);
            if (letters.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return builder.ToString();
    }
}
