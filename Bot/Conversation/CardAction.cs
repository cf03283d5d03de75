using System.Text.Json;
using ExpertBot.Cards;
using ExpertBot.Localization;

namespace ExpertBot.Conversation;

/// <summary>An endorse or withdraw action from a card, validated: a verb, a person id and a topic of sane size.</summary>
internal sealed record CardAction(string Verb, string PersonId, string Topic, Language? Language)
{
    private const int MaxIdLength = 256;
    private const int MaxTopicLength = 120;

    /// <summary>The results card's question, so the card that replaces it keeps its Chat links; null from other cards.</summary>
    public string? Question { get; init; }

    /// <summary>The page of the results card the button was on (0 for the first), so the refreshed card is that page.</summary>
    public int Skip { get; init; }

    /// <summary>Reads Action.Execute's value.action, or an Action.Submit's value; null when it is not a valid action.</summary>
    public static CardAction? FromInvoke(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            ? Read(String(action, "verb"), action.TryGetProperty("data", out var data) ? data : default)
            : null;

    public static CardAction? FromSubmit(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v ? Read(String(v, "verb") ?? String(v, "action"), v) : null;

    /// <summary>The verb of an adaptiveCard/action invoke (value.action.verb), to route it before reading its data.</summary>
    public static string? VerbOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action) ? String(action, "verb") : null;

    private static CardAction? Read(string? verb, JsonElement data)
    {
        if (verb is not (EndorseVerbs.Endorse or EndorseVerbs.Withdraw) || data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var personId = String(data, "personId")?.Trim();
        var topic = String(data, "topic")?.Trim();
        if (personId is not { Length: > 0 and <= MaxIdLength } || topic is not { Length: > 0 and <= MaxTopicLength })
        {
            return null;
        }

        // Question and page are extras (digest and older cards have neither): anything odd in them is dropped, not refused.
        var question = String(data, "question") is { Length: > 0 and <= ChatLink.MaxMessageLength } q ? q : null;
        var skip = Integer(data, "skip") is { } s && s > 0 && s < AnswerBuilder.MaxPeople ? s : 0;
        return new CardAction(verb, personId, topic, LanguageOf(data)) { Question = question, Skip = skip };
    }

    internal static Language? LanguageOf(JsonElement data) =>
        String(data, "lang") switch { "fr" => Localization.Language.French, "en" => Localization.Language.English, _ => null };

    internal static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    /// <summary>A whole number, or null: TryGetInt32 on anything but a number would throw, and 1.5 is not a position.</summary>
    internal static int? Integer(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n) ? n : null;
}
