using System.Globalization;

namespace ExpertBot.Localization;

/// <summary>The two languages ExpertBot speaks, both first-class.</summary>
internal enum Language
{
    English,
    French,
}

internal static class LanguageExtensions
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr");

    public static CultureInfo Culture(this Language language) => language == Language.French ? FrenchCulture : EnglishCulture;

    /// <summary>"fr" or "en": how a card's action data names the language, read back by the action handlers.</summary>
    public static string Code(this Language language) => language == Language.French ? "fr" : "en";

    /// <summary>The language of a Teams locale such as "fr-FR" or "en-US"; English when unknown.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? Language.French : Language.English;
}
