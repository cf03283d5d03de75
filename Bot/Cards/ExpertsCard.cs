using System.Text.Json.Nodes;
using ExpertBot.Localization;

namespace ExpertBot.Cards;

/// <summary>
/// The answer to "who knows X?": one compact line per person (avatar, name, role, strongest evidence, availability)
/// with Chat and Why?, one page of the ranking at a time with "More people", always within Teams' size limit.
/// </summary>
internal static class ExpertsCard
{
    private const int MaxTopicLength = 210;

    // A question of several topics may be read as several of the organisation's own: the first few are said.
    private const int MostReadAsNotes = 3;

    // A button's title names its topic in a few words: a long one is clipped there, asked whole.
    private const int MaxTopicInAction = 40;

    public static JsonObject Build(ExpertsCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.People.Count == 0)
        {
            return NoMatch(model.Topic, model.Language, model.Broader);
        }

        foreach (var detail in CardDetail.Levels)
        {
            var card = Compose(model, detail);
            if (CardSize.Fits(card))
            {
                return card;
            }
        }

        // Still too big at the least detail: fewer people on this page, the others one click away under "More people".
        var least = CardDetail.Levels[^1];
        for (var count = model.People.Count - 1; count > 1; count--)
        {
            var card = Compose(model with { People = [.. model.People.Take(count)], HasMore = true }, least);
            if (CardSize.Fits(card))
            {
                return card;
            }
        }

        // One person, every text clipped: bounded well under the limit whatever the model holds.
        return Compose(model with { People = [model.People[0]], HasMore = model.HasMore || model.People.Count > 1 }, least);
    }

    /// <summary>Nobody fits the topic; a broader topic that finds people is offered: one click shows its people in place of this card.</summary>
    public static JsonObject NoMatch(string topic, Language language, string? broader = null)
    {
        var texts = Texts.For(language);
        var body = new JsonArray
        {
            AdaptiveCard.Text(texts.Format("NoMatchTitle", AdaptiveCard.Escape(AdaptiveCard.Clip(topic, MaxTopicLength))), size: "Medium", weight: "Bolder"),
            AdaptiveCard.Text(texts["NoMatchBody"]),
        };
        if (broader is null)
        {
            return AdaptiveCard.Card(body);
        }

        body.Add(AdaptiveCard.Text(texts.Format("NoMatchBroader", AdaptiveCard.Escape(broader)), spacing: "Small"));
        return AdaptiveCard.Card(body, new JsonArray
        {
            Execute(texts.Format("WhoKnowsAction", broader), ExpertsCardVerbs.BroaderTopic, new JsonObject { ["topic"] = broader, ["lang"] = language.Code() }),
        });
    }

    private static JsonObject Compose(ExpertsCardModel model, CardDetail detail)
    {
        var texts = Texts.For(model.Language);
        var topic = AdaptiveCard.Escape(AdaptiveCard.Clip(model.Topic, MaxTopicLength));
        var count = model.People.Count;
        var subtitle = model.Skip > 0
            ? texts.Format("ResultsSubtitlePage", model.Skip + 1, model.Skip + count)
            : count == 1 ? texts["ResultsSubtitleOne"] : texts.Format("ResultsSubtitle", count);
        var body = new JsonArray
        {
            AdaptiveCard.Text(texts.Format("ResultsTitle", topic), size: "Large", weight: "Bolder"),
            AdaptiveCard.Text(subtitle, subtle: true, spacing: "None"),
        };
        if (model.AskedAs is { } asked)
        {
            body.Add(AdaptiveCard.Text(texts.Format("SpellingCorrected", topic, AdaptiveCard.Escape(AdaptiveCard.Clip(asked, MaxTopicLength))), subtle: true, spacing: "Small"));
        }

        foreach (var note in model.ReadAs.Take(MostReadAsNotes))
        {
            body.Add(AdaptiveCard.Text(note.Sentence(model.Language, t => AdaptiveCard.Escape(AdaptiveCard.Clip(t, MaxTopicLength))), subtle: true, spacing: "Small"));
        }

        if (CoverageNote.For(model, t => AdaptiveCard.Escape(AdaptiveCard.Clip(t, MaxTopicLength))) is { } coverage)
        {
            body.Add(AdaptiveCard.Text(coverage, subtle: true, spacing: "Small"));
        }

        for (var i = 0; i < count; i++)
        {
            body.Add(PersonRow.Build(model.People[i], i, model, detail));
        }

        return AdaptiveCard.Card(body, Actions(model, texts));
    }

    private static JsonArray Actions(ExpertsCardModel model, Texts texts)
    {
        var actions = new JsonArray();
        var question = model.Question is { Length: > 0 } q ? AdaptiveCard.Clip(q, ChatLink.MaxMessageLength) : null;
        if (model.HasMore)
        {
            // The topic as asked: the next page repeats the same search (spelling correction included).
            actions.Add(Execute(texts["MorePeopleAction"], ExpertsCardVerbs.MorePeople, new JsonObject
            {
                ["topic"] = model.AskedAs ?? model.Topic,
                ["question"] = question,
                ["skip"] = model.Skip + model.People.Count,
                ["lang"] = model.Language.Code(),
            }));
        }

        // Nobody listed shows every topic: each one alone, one click away (its people in place of this card).
        foreach (var alone in CoverageNote.AskedAlone(model))
        {
            actions.Add(Execute(texts.Format("WhoKnowsAction", AdaptiveCard.Clip(alone, MaxTopicInAction)), ExpertsCardVerbs.OneTopic, new JsonObject
            {
                ["topic"] = alone,
                ["lang"] = model.Language.Code(),
            }));
        }

        if (model.CanAsk)
        {
            actions.Add(Execute(texts["AskExpertsAction"], RoutingVerbs.AskExperts, new JsonObject
            {
                ["topic"] = model.Topic,
                ["question"] = question,
                ["lang"] = model.Language.Code(),
            }));
        }

        return actions;
    }

    private static JsonObject Execute(string title, string verb, JsonObject data)
    {
        foreach (var key in data.Where(p => p.Value is null).Select(p => p.Key).ToArray())
        {
            data.Remove(key);
        }

        return new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data };
    }
}
