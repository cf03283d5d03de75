using System.Text.Json.Nodes;
using ExpertBot.Localization;

namespace ExpertBot.Cards;

/// <summary>What the bot does and how to ask, in the person's language.</summary>
internal static class HelpCard
{
    public static JsonObject Build(Language language)
    {
        var texts = Texts.For(language);
        return AdaptiveCard.Card(
        [
            AdaptiveCard.Text(texts["HelpTitle"], size: "Large", weight: "Bolder"),
            AdaptiveCard.Text(texts["HelpIntro"]),
            AdaptiveCard.Text(texts["HelpAsk"]),
            AdaptiveCard.Text(texts["HelpLanguages"], subtle: true),
            AdaptiveCard.Text(texts["HelpPrivacy"], subtle: true),
        ]);
    }
}
