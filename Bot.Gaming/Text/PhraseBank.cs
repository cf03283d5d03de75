using System.Text.Json;

namespace ExpertBot.Gaming.Text;

/// <summary>
/// The templates gamers' texts are made of (Data/phrases.json, embedded): per language, named categories of
/// templates with {placeholders}. Written from general knowledge of how people promote themselves at work.
/// </summary>
internal sealed class PhraseBank
{
    private const string ResourceName = "Gaming.phrases.json";

    private static readonly string[] RequiredCategories =
    [
        "shortPromo", "longTitle", "longOpening", "longBody", "longListIntro", "longListItem", "longClosing",
        "certification", "shoutout", "comment", "message", "aboutMe", "documentTitle", "documentBody",
        "hijackQuestion", "hijackQuestionTitle", "hijackShare", "hijackMessage", "hijackComment",
        "endorsementVariant", "linkSlug", "hashtags", "emoji", "and",
    ];

    private readonly Dictionary<string, Dictionary<string, string[]>> byLanguage;

    private PhraseBank(Dictionary<string, Dictionary<string, string[]>> byLanguage) => this.byLanguage = byLanguage;

    public static PhraseBank LoadEmbedded()
    {
        using var stream = typeof(PhraseBank).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidDataException($"embedded resource {ResourceName} is missing");
        var bank = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string[]>>>(stream)
                   ?? throw new InvalidDataException($"{ResourceName} is empty");
        foreach (var language in new[] { Key(Language.English), Key(Language.French) })
        {
            if (!bank.TryGetValue(language, out var categories))
            {
                throw new InvalidDataException($"{ResourceName} has no \"{language}\" section");
            }

            var missing = RequiredCategories.Where(category => !categories.TryGetValue(category, out var t) || t.Length == 0);
            if (missing.FirstOrDefault() is { } first)
            {
                throw new InvalidDataException($"{ResourceName}: \"{language}\" has no templates for \"{first}\"");
            }
        }

        return new PhraseBank(bank);
    }

    public IReadOnlyList<string> Templates(Language language, string category) => byLanguage[Key(language)][category];

    public string Pick(Language language, string category, Random random)
    {
        var templates = Templates(language, category);
        return templates[random.Next(templates.Count)];
    }

    private static string Key(Language language) => language == Language.French ? "fr" : "en";
}
