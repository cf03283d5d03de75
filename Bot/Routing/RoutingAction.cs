using System.Text.Json;
using ExpertBot.Cards;
using ExpertBot.Localization;

namespace ExpertBot.Routing;

/// <summary>
/// A routing action from a card (Action.Execute's value.action), validated: "askExperts" with a topic and the
/// question, or an answer on a routed question with its id. Anything else is null, and the turn answers 400.
/// </summary>
internal abstract record RoutingAction(Language? Language)
{
    private const int MaxTopicLength = 200;
    private const int MaxQuestionLength = 4000;
    private const int MaxIdLength = 64;

    public sealed record Ask(string Topic, string Question, Language? Language) : RoutingAction(Language);

    /// <summary>An answer on a routed question: accept, decline, or the asker's thanks (yes or no).</summary>
    public sealed record Answer(string Verb, string QuestionId, Language? Language) : RoutingAction(Language);

    /// <summary>The verb of an adaptiveCard/action invoke, when it is one of the routing verbs.</summary>
    public static bool IsRouting(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action) && RoutingVerbs.IsRouting(String(action, "verb"));

    public static RoutingAction? FromInvoke(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v || !v.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        Language? language = String(data, "lang") switch { "fr" => Localization.Language.French, "en" => Localization.Language.English, _ => null };
        switch (String(action, "verb"))
        {
            case RoutingVerbs.AskExperts:
                var topic = String(data, "topic")?.Trim();
                var question = String(data, "question")?.Trim();
                if (topic is not { Length: > 0 and <= MaxTopicLength } || question is { Length: > MaxQuestionLength })
                {
                    return null;
                }

                // A card without the words as typed still routes: the topic is then the question.
                return new Ask(topic, question is { Length: > 0 } ? question : topic, language);
            case RoutingVerbs.Accept or RoutingVerbs.Decline or RoutingVerbs.ThanksYes or RoutingVerbs.ThanksNo:
                var id = String(data, "q");
                return id is { Length: > 0 and <= MaxIdLength } && id.All(char.IsAsciiLetterOrDigit)
                    ? new Answer(String(action, "verb")!, id, language)
                    : null;
            default:
                return null;
        }
    }

    private static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
