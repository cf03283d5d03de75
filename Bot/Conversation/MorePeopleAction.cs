using System.Text.Json;
using ExpertBot.Cards;
using ExpertBot.Localization;

namespace ExpertBot.Conversation;

/// <summary>
/// "More people" from a results card, validated: the topic, the question, where the next page starts; or a topic's
/// first page: the broader topic a no-match card offers, or one topic of several nobody listed shows all of.
/// </summary>
internal sealed record MorePeopleAction(string Topic, string? Question, int Skip, Language? Language)
{
    /// <summary>A question arriving longer than this was not written by the card (it cuts questions at 200).</summary>
    private const int MaxQuestionLength = 1000;

    /// <summary>Reads an adaptiveCard/action invoke's value; null when it is not a well-formed "More people".</summary>
    public static MorePeopleAction? FromInvoke(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v || !v.TryGetProperty("action", out var action)
            || CardAction.String(action, "verb") is not { } verb || !ExpertsCardVerbs.AsksPage(verb)
            || !action.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var topic = CardAction.String(data, "topic")?.Trim();
        if (ExpertsCardVerbs.AsksTopic(verb))
        {
            // A topic from the start: no page, no question (the card asked nothing of its own).
            return topic is { Length: > 0 and <= QuestionParser.LongestTopic + 1 } && !data.TryGetProperty("skip", out _)
                ? new MorePeopleAction(topic, null, 0, CardAction.LanguageOf(data))
                : null;
        }

        var skip = CardAction.Integer(data, "skip");
        var hasQuestion = data.TryGetProperty("question", out var q) && q.ValueKind != JsonValueKind.Null;
        var question = CardAction.String(data, "question");
        if (topic is not { Length: > 0 and <= QuestionParser.LongestTopic + 1 }
            || skip is not (> 0 and < AnswerBuilder.MaxPeople)
            || (hasQuestion && question is not { Length: <= MaxQuestionLength }))
        {
            return null;
        }

        return new MorePeopleAction(topic, AnswerBuilder.QuestionOf(question), skip.Value, CardAction.LanguageOf(data));
    }
}
