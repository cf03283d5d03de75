using System.Text.Json.Nodes;
using ExpertBot.Localization;

namespace ExpertBot.Cards;

/// <summary>"Several people are called Alice Martin": one button per candidate, each an endorse action.</summary>
internal static class ChoosePersonCard
{
    public static JsonObject Build(string name, string topic, IReadOnlyList<PersonCardModel> candidates, Language language)
    {
        var texts = Texts.For(language);
        var body = new JsonArray { AdaptiveCard.Text(texts.Format("EndorseWhich", AdaptiveCard.Escape(name), AdaptiveCard.Escape(topic)), weight: "Bolder") };
        var actions = new JsonArray();
        foreach (var candidate in candidates)
        {
            var role = string.Join(" · ", new[] { candidate.JobTitle, candidate.Department }.Where(s => !string.IsNullOrWhiteSpace(s)));
            body.Add(AdaptiveCard.Text($"• {AdaptiveCard.Escape(candidate.Name)}{(role.Length > 0 ? " — " + AdaptiveCard.Escape(role) : string.Empty)}", spacing: "None"));
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = texts.Format("EndorseChoose", role.Length > 0 ? $"{candidate.Name} ({role})" : candidate.Name),
                ["verb"] = EndorseVerbs.Endorse,
                ["data"] = new JsonObject { ["personId"] = candidate.PersonId, ["topic"] = topic, ["lang"] = language == Language.French ? "fr" : "en" },
            });
        }

        return AdaptiveCard.Card(body, actions);
    }
}
