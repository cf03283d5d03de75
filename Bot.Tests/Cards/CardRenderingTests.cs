using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Localization;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Cards;

/// <summary>Every card the bot sends passes the official Adaptive Cards renderer's validation.</summary>
public sealed class CardRenderingTests
{
    public static TheoryData<string> CardNames => ["experts-en", "experts-fr", "compact-en", "compact-fr", "two-topics-fr", "read-as-en", "worst-case", "nomatch-en", "nomatch-fr", "nomatch-broader-fr", "help-en", "help-fr", "profile-en", "profile-fr", "choose-en", "digest-en", "digest-fr"];

    private static JsonObject Card(string name) => name switch
    {
        "experts-en" => ExpertsCard.Build(CardSamples.Kubernetes(Language.English)),
        "experts-fr" => ExpertsCard.Build(CardSamples.Kubernetes(Language.French)),
        "compact-en" => ExpertsCard.Build(CardSamples.Compact(Language.English)),
        "compact-fr" => ExpertsCard.Build(CardSamples.Compact(Language.French)),
        "two-topics-fr" => ExpertsCard.Build(CardSamples.Compact(Language.French) with { ListedTopics = ["RGPD", "droit du travail"] }),
        "read-as-en" => ExpertsCard.Build(CardSamples.Compact(Language.English) with { ReadAs = [new ReadAsNote("OIDC", "OAuth 2.0 and OpenID Connect", ByClaimants: true)] }),
        "worst-case" => ExpertsCard.Build(CardSizeTests.WorstCase(Language.French)),
        "nomatch-en" => ExpertsCard.NoMatch("quantum basket weaving", Language.English),
        "nomatch-fr" => ExpertsCard.NoMatch("vannerie quantique", Language.French),
        "nomatch-broader-fr" => ExpertsCard.NoMatch("PostgreSQL", Language.French, "Bases de données"),
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

    [Theory]
    [InlineData("en", "Why?", "Chat", "More people", "Ask them")]
    [InlineData("fr", "Pourquoi ?", "Discuter", "Plus de personnes", "Leur demander")]
    public async Task The_compact_card_renders_and_why_shows_then_hides_each_persons_section(string lang, string why, string chat, string more, string ask)
    {
        var language = lang == "fr" ? Language.French : Language.English;
        var (exitCode, output) = await RunAsync("tests/cards/click-card.mjs", ExpertsCard.Build(CardSamples.Compact(language)).ToJsonString());
        Assert.True(exitCode == 0, output);
        var result = JsonNode.Parse(output)!;

        var toggles = result["toggles"]!.AsArray();
        Assert.Equal(3, toggles.Count);
        Assert.All(toggles, t =>
        {
            Assert.Equal(why, (string?)t!["title"]);
            Assert.Equal([false, true, false], new[] { "before", "after", "again" }.Select(k => t[k]![0]!.GetValue<bool>()));
        });
        Assert.Equal(["why-0", "why-1", "why-2"], toggles.Select(t => (string)t!["targets"]![0]!));

        var actions = result["actions"]!.AsArray();
        Assert.All(actions, a => Assert.True(a!["rendered"]!.GetValue<bool>(), $"{a["title"]} is not on the page"));
        var chats = actions.Where(a => (string?)a!["type"] == "Action.OpenUrl").ToArray();
        Assert.Equal(2, chats.Length);
        Assert.All(chats, c => Assert.Equal(chat, (string?)c!["title"]));
        Assert.StartsWith("https://teams.microsoft.com/l/chat/0/0?users=alice.martin%40contoso.example&message=", (string?)chats[0]!["url"], StringComparison.Ordinal);
        Assert.Contains(actions, a => (string?)a!["title"] == more && (string?)a["verb"] == "morePeople");
        Assert.Contains(actions, a => (string?)a!["title"] == ask && (string?)a["verb"] == "askExperts");
    }

    [Fact]
    public async Task The_renderer_check_rejects_a_broken_card()
    {
        var broken = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"Huge"},{"type":"Nope"}]}""";
        var (exitCode, output) = await ValidateAsync(broken);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Huge", output, StringComparison.Ordinal);
    }

    private static Task<ProcessResult> ValidateAsync(string json) => RunAsync("tests/cards/validate-cards.mjs", json);

    private static async Task<ProcessResult> RunAsync(string script, string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"card-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            return await Repository.RunNodeAsync(script, [file]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
