using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Localization;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Cards;

/// <summary>Every card the bot sends passes the official Adaptive Cards renderer's validation.</summary>
public sealed class CardRenderingTests
{
    public static TheoryData<string> CardNames => ["experts-en", "experts-fr", "nomatch-en", "nomatch-fr", "help-en", "help-fr", "profile-en", "profile-fr", "choose-en", "digest-en", "digest-fr"];

    private static JsonObject Card(string name) => name switch
    {
        "experts-en" => ExpertsCard.Build(CardSamples.Kubernetes(Language.English)),
        "experts-fr" => ExpertsCard.Build(CardSamples.Kubernetes(Language.French)),
        "nomatch-en" => ExpertsCard.NoMatch("quantum basket weaving", Language.English),
        "nomatch-fr" => ExpertsCard.NoMatch("vannerie quantique", Language.French),
        "help-en" => HelpCard.Build(Language.English),
        "help-fr" => HelpCard.Build(Language.French),
        "profile-en" or "profile-fr" => ProfileCard.Build(new ProfileCardModel(
            "Alice Martin",
            name == "profile-fr",
            [new ProfileTopic("Kubernetes", ["Kubernetes"], CardSamples.Kubernetes(Language.English).People[0].Shows, 2, ["Léa Dubois"])],
            ["Léa Dubois", "Sam Taylor"],
            name == "profile-fr" ? Language.French : Language.English)),
        "choose-en" => ChoosePersonCard.Build("Sam Taylor", "budgeting", [.. CardSamples.Kubernetes(Language.English).People], Language.English),
        "digest-en" => DigestCard.Build(CardSamples.Digest(Language.English)),
        "digest-fr" => DigestCard.Build(CardSamples.Digest(Language.French)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(CardNames))]
    public async Task Card_passes_the_official_renderer_validation(string name)
    {
        var (exitCode, output) = await ValidateAsync(Card(name).ToJsonString());
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task The_renderer_check_rejects_a_broken_card()
    {
        var broken = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"Huge"},{"type":"Nope"}]}""";
        var (exitCode, output) = await ValidateAsync(broken);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Huge", output, StringComparison.Ordinal);
    }

    private static async Task<ProcessResult> ValidateAsync(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"card-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            return await Repository.RunNodeAsync("tests/cards/validate-cards.mjs", [file]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
