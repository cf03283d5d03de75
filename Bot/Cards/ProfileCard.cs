using System.Text.Json.Nodes;
using ExpertBot.Localization;

namespace ExpertBot.Cards;

/// <summary>"My expertise": what colleagues see of you, in the same three kinds as the results cards.</summary>
internal static class ProfileCard
{
    public static JsonObject Build(ProfileCardModel model)
    {
        var texts = Texts.For(model.Language);
        var body = new JsonArray
        {
            AdaptiveCard.Text(texts["MyExpertiseTitle"], size: "Large", weight: "Bolder"),
            AdaptiveCard.Text(AdaptiveCard.Escape(model.Name), subtle: true, spacing: "None"),
        };
        if (model.Hidden)
        {
            body.Add(AdaptiveCard.Text(texts["MyExpertiseHidden"], weight: "Bolder"));
        }

        if (model.Topics.Count == 0)
        {
            body.Add(AdaptiveCard.Text(texts["MyExpertiseNothing"]));
        }

        foreach (var topic in model.Topics)
        {
            var person = new PersonCardModel(string.Empty, topic.Topic, null, null, topic.Shows, topic.Says, topic.VouchedBy, topic.VouchCount);
            body.Add(PersonEvidence.Container(person, topic.Topic, model.Language, texts));
        }

        if (model.EndorsedBy.Count > 0)
        {
            body.Add(AdaptiveCard.Text($"**{texts["EndorsedBy"]}** {AdaptiveCard.Escape(string.Join(", ", model.EndorsedBy))}", separator: true));
        }

        return AdaptiveCard.Card(body);
    }
}
