using System.Text.Json.Nodes;
using ExpertBot.Localization;

namespace ExpertBot.Cards;

/// <summary>
/// The cards of a routed question: the expert's "can you help?", the introductions on both sides with a Chat deep
/// link, "already taken", and the asker's "did they help?". User words (the question, names) are always escaped.
/// </summary>
internal static class RoutingCards
{
    private const int LongestLinkMessage = 500;

    /// <summary>The 1:1 card an expert receives, in their language; <paramref name="why"/> is already written (and escaped) for it.</summary>
    public static JsonObject Question(string questionId, string askerName, string topic, string question, string why, Language language)
    {
        var texts = Texts.For(language);
        return AdaptiveCard.Card(
        [
            AdaptiveCard.Text(texts.Format("RoutedTitle", AdaptiveCard.Escape(askerName), AdaptiveCard.Escape(topic)), size: "Medium", weight: "Bolder"),
            Quote(question),
            AdaptiveCard.Text(why, subtle: true, spacing: "Small"),
            AdaptiveCard.Text(texts["RoutedFooter"], subtle: true, size: "Small", spacing: "Small"),
        ],
        [
            Execute(texts["RoutedAccept"], RoutingVerbs.Accept, questionId, language, positive: true),
            Execute(texts["RoutedDecline"], RoutingVerbs.Decline, questionId, language),
        ]);
    }

    /// <summary>
    /// An introduction: to the asker, the expert who accepted; to the expert, the asker. The Chat button opens a
    /// 1:1 Teams chat with the other person, the question pre-filled; without a Teams address there is no button.
    /// </summary>
    public static JsonObject Introduction(string title, string body, string question, string? chatWith, Language language)
    {
        var texts = Texts.For(language);
        JsonArray actions = [];
        // A routed question is the whole point of the chat, so its link carries more of it than a results card's.
        if (ChatLink.For(chatWith, question, LongestLinkMessage) is { } link)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = texts["RoutedChat"], ["url"] = link });
        }

        return AdaptiveCard.Card(
        [
            AdaptiveCard.Text(title, size: "Medium", weight: "Bolder"),
            AdaptiveCard.Text(body, spacing: "Small"),
            Quote(question),
        ], actions);
    }

    /// <summary>A card with one message and no action: what replaces an answered card.</summary>
    public static JsonObject Notice(string text) => AdaptiveCard.Card([AdaptiveCard.Text(text)]);

    /// <summary>"Did Léa help?" with Yes / No, to the asker, a few days after the introduction.</summary>
    public static JsonObject ThanksQuestion(string questionId, string expertName, string topic, Language language)
    {
        var texts = Texts.For(language);
        return AdaptiveCard.Card(
        [
            AdaptiveCard.Text(texts.Format("ThanksTitle", AdaptiveCard.Escape(expertName), AdaptiveCard.Escape(topic)), size: "Medium", weight: "Bolder"),
            AdaptiveCard.Text(texts["ThanksBody"], subtle: true, spacing: "Small"),
        ],
        [
            Execute(texts["ThanksYesAction"], RoutingVerbs.ThanksYes, questionId, language, positive: true),
            Execute(texts["ThanksNoAction"], RoutingVerbs.ThanksNo, questionId, language),
        ]);
    }

    private static JsonObject Quote(string question) => new()
    {
        ["type"] = "Container",
        ["style"] = "emphasis",
        ["spacing"] = "Medium",
        ["items"] = new JsonArray { AdaptiveCard.Text(AdaptiveCard.Escape(question)) },
    };

    private static JsonObject Execute(string title, string verb, string questionId, Language language, bool positive = false)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = new JsonObject { ["q"] = questionId, ["lang"] = language == Language.French ? "fr" : "en" },
        };
        if (positive)
        {
            action["style"] = "positive";
        }

        return action;
    }
}
