using System.Text.Json;
using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Localization;
using ExpertBot.Teams;

namespace ExpertBot.Conversation;

/// <summary>
/// The "Find an expert" search message extension: composeExtension/query answered well within Teams' 5-second
/// limit with one result per person (an Adaptive Card to insert, a hero card as the list preview), paged.
/// </summary>
internal sealed class SearchExtension(AnswerBuilder answers)
{
    public const string CommandId = "findExpert";
    private const int MinimumQueryLength = 2;
    private const int MaxPageSize = 25;

    public async Task<Reply> OnQueryAsync(Turn turn, CancellationToken cancellationToken = default)
    {
        var activity = turn.Activity;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return new Reply.BadRequest("composeExtension/query needs a value with parameters.");
        }

        var query = QueryText(value);
        var language = QuestionParser.GuessLanguage(query) ?? LanguageExtensions.FromLocale(activity.Locale);
        var texts = Texts.For(language);
        if (Parameters(value).Any(p => NameOf(p) == "initialRun"))
        {
            return Message(texts["SearchHint"]);
        }

        var topic = QuestionParser.TopicOf(query);
        if (topic.Trim().Length < MinimumQueryLength)
        {
            return Message(texts["SearchHint"]);
        }

        var (skip, count) = Paging(value);
        var model = await answers.ExpertsAsync(activity.TenantId ?? string.Empty, activity.From?.AadObjectId, topic, language, skip, count, cancellationToken);
        if (model is null)
        {
            return Message(texts["NotReady"]);
        }

        if (model.People.Count == 0 && skip == 0)
        {
            return Message(texts.Format("NoMatchTitle", topic));
        }

        var attachments = new JsonArray();
        foreach (var person in model.People)
        {
            attachments.Add(new JsonObject
            {
                ["contentType"] = AdaptiveCard.ContentType,
                // The inserted card is seen by everyone in the conversation, not only by the person who chose it.
                ["content"] = ExpertsCard.Build(model with { People = [person with { Button = EndorseButton.Endorse }] }),
                ["preview"] = Preview(person, texts),
            });
        }

        return new Reply.SearchResults(new JsonObject { ["type"] = "result", ["attachmentLayout"] = "list", ["attachments"] = attachments });
    }

    private static Reply.Text Message(string text) => new(text);

    private static JsonObject Preview(PersonCardModel person, Texts texts)
    {
        var role = string.Join(" · ", new[] { person.JobTitle, person.Department }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var best = person.Shows.Count > 0 ? $"{texts["Shows"]}: {person.Shows[0].Title}" : string.Empty;
        return new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.hero",
            ["content"] = new JsonObject { ["title"] = person.Name, ["subtitle"] = role, ["text"] = best },
        };
    }

    /// <summary>The search text: the "topic" parameter, else the first parameter Teams sent.</summary>
    private static string QueryText(JsonElement value)
    {
        string? first = null;
        foreach (var p in Parameters(value))
        {
            if (!p.TryGetProperty("value", out var v) || v.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            if (NameOf(p) == "topic")
            {
                return v.GetString() ?? string.Empty;
            }

            first ??= v.GetString();
        }

        return first ?? string.Empty;
    }

    // Any JSON may arrive here: entries that are not objects ("parameters":[1]) are skipped, not dereferenced.
    private static IEnumerable<JsonElement> Parameters(JsonElement value) =>
        value.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Array
            ? parameters.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object)
            : [];

    private static string? NameOf(JsonElement parameter) =>
        parameter.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;

    private static (int Skip, int Count) Paging(JsonElement value)
    {
        var skip = 0;
        var count = 10;
        if (value.TryGetProperty("queryOptions", out var options) && options.ValueKind == JsonValueKind.Object)
        {
            // Only numbers count ("skip":"x" is ignored): TryGetInt32 throws on any other kind of value.
            if (options.TryGetProperty("skip", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var sv))
            {
                skip = Math.Clamp(sv, 0, 500);
            }

            if (options.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var cv))
            {
                count = Math.Clamp(cv, 1, MaxPageSize);
            }
        }

        return (skip, count);
    }
}
