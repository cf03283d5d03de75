using System.Text.Json.Nodes;
using ExpertBot.Localization;

namespace ExpertBot.Cards;

/// <summary>
/// The weekly digest of rising experts. Each riser has the same Endorse action as the results card
/// (Action.Execute, verb "endorse"), so the existing adaptiveCard/action handler serves it.
/// </summary>
internal static class DigestCard
{
    public static JsonObject Build(DigestCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var texts = Texts.For(model.Language);
        var body = new JsonArray
        {
            AdaptiveCard.Text(texts["DigestTitle"], size: "Large", weight: "Bolder"),
            AdaptiveCard.Text(texts.Format("DigestSubtitle", model.WeekEnding.ToString("d MMMM yyyy", model.Language.Culture())), subtle: true, spacing: "None"),
        };
        foreach (var topic in model.Topics)
        {
            var items = new JsonArray { AdaptiveCard.Text(AdaptiveCard.Escape(topic.Topic), size: "Medium", weight: "Bolder") };
            if (topic.ChartUrl is { } chart)
            {
                items.Add(new JsonObject
                {
                    ["type"] = "Image",
                    ["url"] = chart.AbsoluteUri,
                    ["altText"] = texts.Format("DigestChartAlt", topic.Topic),
                    ["size"] = "Stretch",
                });
            }

            foreach (var riser in topic.Risers)
            {
                items.Add(RiserContainer(riser, topic.Topic, model.Language, texts));
            }

            body.Add(new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Large", ["items"] = items });
        }

        body.Add(AdaptiveCard.Text(texts["DigestFooter"], subtle: true, separator: true, spacing: "Large"));
        return AdaptiveCard.Card(body);
    }

    private static JsonObject RiserContainer(RiserCardModel riser, string topic, Language language, Texts texts)
    {
        var items = new JsonArray { AdaptiveCard.Text(AdaptiveCard.Escape(riser.Name), weight: "Bolder") };
        var role = string.Join(" · ", new[] { riser.JobTitle, riser.Department }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (role.Length > 0)
        {
            items.Add(AdaptiveCard.Text(AdaptiveCard.Escape(role), subtle: true, spacing: "None"));
        }

        items.Add(AdaptiveCard.Text(AdaptiveCard.Escape(riser.Reason), spacing: "Small"));
        foreach (var line in riser.Evidence)
        {
            items.Add(AdaptiveCard.Text(EvidenceText(line, language), spacing: "None", subtle: true));
        }

        var person = new PersonCardModel(riser.PersonId, riser.Name, riser.JobTitle, riser.Department, [], [], [], 0, EndorseButton.Endorse);
        items.Add(PersonEvidence.EndorseActions(person, topic, language, texts, EndorseData.None));
        return new JsonObject { ["type"] = "Container", ["spacing"] = "Medium", ["items"] = items };
    }

    private static string EvidenceText(EvidenceLine line, Language language)
    {
        var title = AdaptiveCard.Escape(line.Title);
        var linked = line.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? $"[{title}]({uri.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal)})"
            : title;
        return $"• {linked} · {line.Date.ToString("d MMM yyyy", language.Culture())}";
    }
}
