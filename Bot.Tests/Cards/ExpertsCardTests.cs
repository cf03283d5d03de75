using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Localization;

namespace ExpertBot.Tests.Cards;

public sealed class ExpertsCardTests
{
    private static string AllText(JsonNode node) => node.ToJsonString(ExpertBot.Teams.ActivityJson.Options);

    [Fact]
    public void Results_card_is_version_1_5_and_names_each_person_with_their_evidence()
    {
        var card = ExpertsCard.Build(CardSamples.Kubernetes(Language.English));
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var text = AllText(card);
        Assert.Contains("Who knows Kubernetes", text, StringComparison.Ordinal);
        Assert.Contains("Alice Martin", text, StringComparison.Ordinal);
        Assert.Contains("(https://contoso.example/sites/platform/runbook.docx)", text, StringComparison.Ordinal);
        Assert.Contains("Ingress migration notes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void French_card_uses_french_labels()
    {
        var text = AllText(ExpertsCard.Build(CardSamples.Kubernetes(Language.French)));
        Assert.Contains("Qui connaît Kubernetes", text, StringComparison.Ordinal);
        Assert.Contains("Montre", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Who knows", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_in_names_and_titles_is_escaped_so_it_cannot_forge_links()
    {
        var text = AllText(ExpertsCard.Build(CardSamples.Kubernetes(Language.English)));
        Assert.Contains(@"Jean\\_Dupont \\*", text, StringComparison.Ordinal);
        Assert.Contains(@"cluster \\[prod\\]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_people_gives_an_honest_no_match_card_not_an_empty_list()
    {
        var text = AllText(ExpertsCard.Build(new ExpertsCardModel("basket weaving", [], Language.English)));
        Assert.Contains("Nobody fits", text, StringComparison.Ordinal);
    }
}
