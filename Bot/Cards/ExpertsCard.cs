using System.Text.Json.Nodes;
using ExpertBot.Localization;

namespace ExpertBot.Cards;

/// <summary>The answer to "who knows X?": each person with what their work shows, what they say, who vouches.</summary>
internal static class ExpertsCard
{
    public static JsonObject Build(ExpertsCardModel model)
    {
        var texts = Texts.For(model.Language);
        if (model.People.Count == 0)
        {
            return NoMatch(model.Topic, model.Language);
        }

        var body = new JsonArray
        {
            AdaptiveCard.Text(texts.Format("ResultsTitle", AdaptiveCard.Escape(model.Topic)), size: "Large", weight: "Bolder"),
            AdaptiveCard.Text(model.People.Count == 1 ? texts["ResultsSubtitleOne"] : texts.Format("ResultsSubtitle", model.People.Count), subtle: true, spacing: "None"),
        };
        if (model.AskedAs is { } asked)
        {
            body.Add(AdaptiveCard.Text(texts.Format("SpellingCorrected", AdaptiveCard.Escape(model.Topic), AdaptiveCard.Escape(asked)), subtle: true, spacing: "Small"));
        }

        foreach (var person in model.People)
        {
            body.Add(PersonContainer(person, model.Topic, model.Language, texts));
        }

        return AdaptiveCard.Card(body);
    }

    public static JsonObject NoMatch(string topic, Language language)
    {
        var texts = Texts.For(language);
        return AdaptiveCard.Card(
        [
            AdaptiveCard.Text(texts.Format("NoMatchTitle", AdaptiveCard.Escape(topic)), size: "Medium", weight: "Bolder"),
            AdaptiveCard.Text(texts["NoMatchBody"]),
        ]);
    }

    internal static JsonObject PersonContainer(PersonCardModel person, string topic, Language language, Texts texts)
    {
        var items = new JsonArray
        {
            AdaptiveCard.Text(AdaptiveCard.Escape(person.Name), size: "Medium", weight: "Bolder"),
        };
        var role = string.Join(" · ", new[] { person.JobTitle, person.Department }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (role.Length > 0)
        {
            items.Add(AdaptiveCard.Text(AdaptiveCard.Escape(role), subtle: true, spacing: "None"));
        }

        if (person.Shows.Count > 0)
        {
            items.Add(AdaptiveCard.Text($"**{texts["Shows"]}**", spacing: "Small"));
            foreach (var line in person.Shows)
            {
                items.Add(AdaptiveCard.Text(EvidenceText(line, language), spacing: "None"));
            }
        }

        if (person.Says.Count > 0)
        {
            items.Add(AdaptiveCard.Text($"**{texts["Says"]}** {AdaptiveCard.Escape(string.Join(", ", person.Says))}", spacing: "Small"));
        }

        if (person.VouchCount > 0)
        {
            var who = person.VouchedBy.Count > 0 ? ": " + AdaptiveCard.Escape(string.Join(", ", person.VouchedBy)) : string.Empty;
            items.Add(AdaptiveCard.Text($"**{texts["VouchedBy"]}** {person.VouchCount}{who}", spacing: "Small"));
        }

        if (person.Button != EndorseButton.None)
        {
            items.Add(EndorseActions(person, topic, language, texts));
        }

        return new JsonObject
        {
            ["type"] = "Container",
            ["separator"] = true,
            ["spacing"] = "Medium",
            ["items"] = items,
        };
    }

    /// <summary>Universal Action (Action.Execute): Teams sends an adaptiveCard/action invoke and shows the card returned.</summary>
    internal static JsonObject EndorseActions(PersonCardModel person, string topic, Language language, Texts texts)
    {
        var endorsed = person.Button == EndorseButton.Endorsed;
        return new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["title"] = endorsed ? texts["EndorsedAction"] : texts.Format("EndorseAction", topic),
                    ["verb"] = endorsed ? EndorseVerbs.Withdraw : EndorseVerbs.Endorse,
                    ["data"] = new JsonObject { ["personId"] = person.PersonId, ["topic"] = topic, ["lang"] = language == Language.French ? "fr" : "en" },
                },
            },
        };
    }

    private static string EvidenceText(EvidenceLine line, Language language)
    {
        var title = AdaptiveCard.Escape(line.Title);
        var linked = line.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? $"[{title}]({uri.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal)})"
            : title;
        var date = line.Date.ToString("d MMM yyyy", language.Culture());
        return $"• {linked} · {KindName(line.Kind, language)} · {date}";
    }

    private static string KindName(string kind, Language language) => (kind, language) switch
    {
        ("document", Language.French) => "document",
        ("message", Language.French) => "message",
        ("meeting", Language.French) => "réunion",
        ("post", Language.French) => "publication",
        ("answer", Language.French) => "réponse",
        ("question", Language.French) => "question",
        ("comment", Language.French) => "commentaire",
        _ => kind,
    };
}
