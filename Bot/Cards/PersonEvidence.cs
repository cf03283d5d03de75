using System.Text.Json.Nodes;
using ExpertBot.Localization;

namespace ExpertBot.Cards;

/// <summary>
/// The evidence behind one person on a topic in its three kinds (what their work shows, what they say, who vouches)
/// and the endorse button: the "Why?" section of the results card, and the profile card's topics.
/// </summary>
internal static class PersonEvidence
{
    public const int MaxNameLength = 80;
    public const int MaxRoleLength = 120;
    private const int MaxTitleLength = 140;
    private const int MaxUrlLength = 600;
    private const int MaxSaysLength = 200;
    private const int MaxVouchers = 5;

    /// <summary>A person with their name, role and all their evidence (the profile card's layout).</summary>
    public static JsonObject Container(PersonCardModel person, string topic, Language language, Texts texts)
    {
        var items = new JsonArray { AdaptiveCard.Text(AdaptiveCard.Escape(Name(person)), size: "Medium", weight: "Bolder") };
        if (Role(person) is { Length: > 0 } role)
        {
            items.Add(AdaptiveCard.Text(AdaptiveCard.Escape(role), subtle: true, spacing: "None"));
        }

        foreach (var item in Items(person, topic, language, texts, int.MaxValue, EndorseData.None))
        {
            items.Add(item);
        }

        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = items };
    }

    /// <summary>What their work shows (at most <paramref name="maxShows"/> lines), says, who vouches, and the endorse button.</summary>
    public static IEnumerable<JsonObject> Items(PersonCardModel person, string topic, Language language, Texts texts, int maxShows, EndorseData endorse)
    {
        if (person.Shows.Count > 0 && maxShows > 0)
        {
            yield return AdaptiveCard.Text($"**{texts["Shows"]}**", spacing: "Small");
            foreach (var line in person.Shows.Take(maxShows))
            {
                yield return AdaptiveCard.Text(EvidenceText(line, language), spacing: "None");
            }
        }

        if (person.Says.Count > 0)
        {
            yield return AdaptiveCard.Text($"**{texts["Says"]}** {AdaptiveCard.Escape(AdaptiveCard.Clip(string.Join(", ", person.Says), MaxSaysLength))}", spacing: "Small");
        }

        if (person.VouchCount > 0)
        {
            var names = person.VouchedBy.Take(MaxVouchers).Select(n => AdaptiveCard.Clip(n, MaxNameLength)).ToArray();
            var who = names.Length > 0 ? ": " + AdaptiveCard.Escape(string.Join(", ", names)) : string.Empty;
            yield return AdaptiveCard.Text($"**{texts["VouchedBy"]}** {person.VouchCount}{who}", spacing: "Small");
        }

        if (person.Button != EndorseButton.None)
        {
            yield return EndorseActions(person, topic, language, texts, endorse);
        }
    }

    /// <summary>Universal Action (Action.Execute): Teams sends an adaptiveCard/action invoke and shows the card returned.</summary>
    public static JsonObject EndorseActions(PersonCardModel person, string topic, Language language, Texts texts, EndorseData endorse)
    {
        var endorsed = person.Button == EndorseButton.Endorsed;
        var data = new JsonObject { ["personId"] = person.PersonId, ["topic"] = topic, ["lang"] = language.Code() };
        // The page and the question ride along so the card that replaces this one is the same page, Chat links intact.
        if (endorse.Question is { Length: > 0 } question)
        {
            data["question"] = question;
        }

        if (endorse.Skip > 0)
        {
            data["skip"] = endorse.Skip;
        }

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
                    ["data"] = data,
                },
            },
        };
    }

    public static string Name(PersonCardModel person) => AdaptiveCard.Clip(person.Name, MaxNameLength);

    public static string Role(PersonCardModel person) => AdaptiveCard.Clip(
        string.Join(" · ", new[] { person.JobTitle, person.Department }.Where(s => !string.IsNullOrWhiteSpace(s))), MaxRoleLength);

    /// <summary>"• [title](url) · document · 2 Oct 2026", the title escaped and linked only to an http(s) address.</summary>
    public static string EvidenceText(EvidenceLine line, Language language)
    {
        var title = AdaptiveCard.Escape(AdaptiveCard.Clip(line.Title, MaxTitleLength));
        var linked = line.Url is { Length: <= MaxUrlLength } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
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
        _ => AdaptiveCard.Clip(kind, 20),
    };
}

/// <summary>What an endorse button carries besides the person and topic: the card's question and page.</summary>
internal readonly record struct EndorseData(string? Question, int Skip)
{
    public static EndorseData None => default;
}
