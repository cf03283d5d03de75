using System.Globalization;
using System.Resources;

namespace ExpertBot.Localization;

/// <summary>The bot's words in one language, from Resources/Texts*.resx.</summary>
internal sealed class Texts
{
    private static readonly ResourceManager Resources = new("ExpertBot.Resources.Texts", typeof(Texts).Assembly);
    private static readonly Texts EnglishTexts = new(Language.English);
    private static readonly Texts FrenchTexts = new(Language.French);

    private Texts(Language language) => Language = language;

    public Language Language { get; }

    public static Texts For(Language language) => language == Language.French ? FrenchTexts : EnglishTexts;

    public string this[string key] =>
        Resources.GetString(key, Language.Culture()) ?? throw new KeyNotFoundException($"No text '{key}' in the resources.");

    public string Format(string key, params object?[] args) => string.Format(Language.Culture(), this[key], args);
}
