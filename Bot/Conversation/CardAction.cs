using System.Text.Json;
using ExpertBot.Cards;
using ExpertBot.Localization;

namespace ExpertBot.Conversation;

/// <summary>An endorse or withdraw action from a card, validated: a verb, a person id and a topic of sane size.</summary>
internal sealed record CardAction(string Verb, string PersonId, string Topic, Language? Language)
{
    private const int MaxIdLength = 256;
    private const int MaxTopicLength = 120;

    /// <summary>Reads Action.Execute's value.action, or an Action.Submit's value; null when it is not a valid action.</summary>
    public static CardAction? FromInvoke(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            ? Read(String(action, "verb"), action.TryGetProperty("data", out var data) ? data : default)
            : null;

    public static CardAction? FromSubmit(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v ? Read(String(v, "verb") ?? String(v, "action"), v) : null;

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

        Language? language = String(data, "lang") switch { "fr" => Localization.Language.French, "en" => Localization.Language.English, _ => null };
        return new CardAction(verb, personId, topic, language);
    }

    private static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
