using System.Text.Json.Nodes;
using ExpertBot.Localization;
using ExpertBot.Presence;

namespace ExpertBot.Cards;

/// <summary>
/// One person on the compact results card: avatar, name, role, their strongest piece of evidence, availability and
/// thanks; Chat and Why? buttons; the rest of the evidence and the endorse button in a section Why? reveals.
/// </summary>
internal static class PersonRow
{
    // A topic of the question named on a person's row, cut short: the title names it in full.
    private const int MaxTopicShown = 60;

    public static JsonObject Build(PersonCardModel person, int position, ExpertsCardModel model, CardDetail detail)
    {
        var (language, texts) = (model.Language, Texts.For(model.Language));
        var lines = new List<JsonNode> { AdaptiveCard.Text(AdaptiveCard.Escape(PersonEvidence.Name(person)), weight: "Bolder") };
        if (PersonEvidence.Role(person) is { Length: > 0 } role)
        {
            lines.Add(AdaptiveCard.Text(AdaptiveCard.Escape(role), subtle: true, spacing: "None"));
        }

        if (CoverageNote.Of(person, model, t => AdaptiveCard.Escape(AdaptiveCard.Clip(t, MaxTopicShown))) is { } shown)
        {
            lines.Add(AdaptiveCard.Text(shown, subtle: true, spacing: "None"));
        }

        if (Strongest(person, language, texts) is { } strongest)
        {
            lines.Add(AdaptiveCard.Text(strongest, spacing: "None"));
        }

        if (AvailabilityLine(person.Availability, language, texts) is { } availability)
        {
            lines.Add(Colored(AdaptiveCard.Text(availability.Text, spacing: "None"), availability.Color));
        }

        if (person.HelpedCount > 0)
        {
            var helped = person.HelpedCount == 1
                ? texts.Format("HelpedOne", AdaptiveCard.Escape(model.Topic))
                : texts.Format("HelpedMany", person.HelpedCount, AdaptiveCard.Escape(model.Topic));
            lines.Add(Colored(AdaptiveCard.Text(helped, spacing: "None"), "Good"));
        }

        var columns = new JsonArray();
        if (detail.Avatars && IsImage(person.AvatarUrl))
        {
            columns.Add(Column("auto", new JsonObject
            {
                ["type"] = "Image",
                ["url"] = person.AvatarUrl,
                ["style"] = "Person",
                ["size"] = "Small",
                ["altText"] = PersonEvidence.Name(person),
            }));
        }

        columns.Add(Column("stretch", [.. lines]));
        var items = new JsonArray { new JsonObject { ["type"] = "ColumnSet", ["columns"] = columns } };

        // Ids come from the position on the card, never from names or ids: unique, and nothing a user typed.
        var whyId = $"why-{position}";
        var question = model.Question is { Length: > 0 } asked ? AdaptiveCard.Clip(asked, ChatLink.MaxMessageLength) : null;
        var endorse = new EndorseData(question, model.Skip);
        var why = PersonEvidence.Items(person, model.Topic, language, texts, detail.WhyShows, endorse).ToArray();
        var actions = new JsonArray();
        if (ChatLink.For(person.UserPrincipalName, question) is { } chat)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = texts["ChatAction"], ["url"] = chat });
        }

        if (why.Length > 0)
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.ToggleVisibility",
                ["title"] = texts["WhyAction"],
                ["targetElements"] = new JsonArray(whyId),
            });
        }

        if (actions.Count > 0)
        {
            items.Add(new JsonObject { ["type"] = "ActionSet", ["spacing"] = "Small", ["actions"] = actions });
        }

        if (why.Length > 0)
        {
            items.Add(new JsonObject
            {
                ["type"] = "Container",
                ["id"] = whyId,
                ["isVisible"] = model.Expanded is { } open && open == person.PersonId,
                ["spacing"] = "Small",
                ["items"] = new JsonArray([.. why]),
            });
        }

        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = items };
    }

    /// <summary>The one line that best says why this person: their top item of work, else what they say, else who vouches.</summary>
    private static string? Strongest(PersonCardModel person, Language language, Texts texts)
    {
        if (person.Shows.Count > 0)
        {
            return PersonEvidence.EvidenceText(person.Shows[0], language);
        }

        if (person.Says.Count > 0)
        {
            return $"**{texts["Says"]}** {AdaptiveCard.Escape(AdaptiveCard.Clip(string.Join(", ", person.Says), 120))}";
        }

        return person.VouchCount > 0 ? $"**{texts["VouchedBy"]}** {person.VouchCount}" : null;
    }

    /// <summary>A line such as "Out of office until 3 Dec" or "Busy"; nothing when unknown (never guessed as away).</summary>
    internal static (string Text, string Color)? AvailabilityLine(Availability? availability, Language language, Texts texts)
    {
        if (availability is null)
        {
            return null;
        }

        if (availability.OutOfOffice)
        {
            return (availability.OutOfOfficeUntil is { } until
                ? texts.Format("OutOfOfficeUntil", until.ToString("d MMM", language.Culture()))
                : texts["OutOfOffice"], "Warning");
        }

        return availability.Status switch
        {
            PresenceStatus.Available => (texts["PresenceAvailable"], "Good"),
            PresenceStatus.Busy => (texts["PresenceBusy"], "Warning"),
            PresenceStatus.DoNotDisturb => (texts["PresenceDoNotDisturb"], "Attention"),
            PresenceStatus.Away => (texts["PresenceAway"], "Default"),
            PresenceStatus.Offline => (texts["PresenceOffline"], "Default"),
            _ => null,
        };
    }

    /// <summary>Inline images (what AnswerBuilder makes) or https addresses; anything else is not put in an Image.</summary>
    private static bool IsImage(string? url) =>
        url is not null
        && (url.StartsWith("data:image/png;base64,", StringComparison.Ordinal)
            || url.StartsWith("data:image/jpeg;base64,", StringComparison.Ordinal)
            || url.StartsWith("data:image/gif;base64,", StringComparison.Ordinal)
            || (url.Length <= 2048 && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps));

    private static JsonObject Column(string width, params JsonNode[] items) => new()
    {
        ["type"] = "Column",
        ["width"] = width,
        ["items"] = new JsonArray(items),
    };

    private static JsonObject Colored(JsonObject text, string color)
    {
        text["color"] = color;
        return text;
    }
}
