using System.Net;
using System.Text.Json.Nodes;
using ExpertBot.Conversation;
using ExpertBot.Localization;
using ExpertBot.Routing;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Routing;

/// <summary>
/// Thanks as evidence: a few days after an introduction the asker is asked "Did they help?"; a "yes" is stored
/// once, only from the question's own asker, shown on the expert's results and weighed in their ranking.
/// </summary>
[Collection(AzuriteTables.Name)]
public sealed class ThanksTests
{
    /// <summary>Asks, has the first expert accept, and waits for the "Did they help?" card; returns the expert and the card.</summary>
    private static async Task<(string Expert, string QuestionId, JsonObject Card)> IntroducedAndAskedForThanksAsync(RoutingBot bot, string lang = "en")
    {
        await bot.InstallExpertsAsync();
        var order = await AskExpertsTests.SearchOrderAsync(bot);
        await bot.AskAsync(lang: lang);
        var id = RoutingBot.QuestionIdOf(bot.QuestionCardsOf(order[0])[0]);
        Assert.Equal(HttpStatusCode.OK, (await bot.AnswerAsync(order[0], "routeAccept", id)).Status);
        Assert.Empty(ThanksCards(bot));

        await bot.AdvanceAsync(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(2), () => ThanksCards(bot).Length > 0);
        return (order[0], id, Assert.Single(ThanksCards(bot)));
    }

    private static JsonObject[] ThanksCards(RoutingBot bot) =>
        [.. bot.Connector.SentTo(RoutingBot.ChatOf(RoutingBot.Asker)).Select(RoutingBot.CardOf).OfType<JsonObject>().Where(c => RoutingBot.VerbsOf(c).Contains("thanksYes"))];

    private static async Task<int> HelpedCountAsync(RoutingBot bot, string personId) =>
        (await bot.Factory.Services.GetRequiredService<AnswerBuilder>().ExpertsAsync(BotFactory.TenantId, "p-zed", "kubernetes", Language.English, 0, 8))!
            .People.Single(p => p.PersonId == personId).HelpedCount;

    [Fact]
    public async Task Yes_records_one_thank_you_shown_on_the_experts_results_and_a_second_yes_changes_nothing()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (expert, id, card) = await IntroducedAndAskedForThanksAsync(bot);
        Assert.Contains($"Did {AskExpertsTests.Name(expert)} help you on kubernetes?", card.ToJsonString(ExpertAnswersTests.Json), StringComparison.Ordinal);
        Assert.Equal(0, await HelpedCountAsync(bot, expert));

        var (status, body) = await bot.AnswerAsync(RoutingBot.Asker, "thanksYes", id);
        var again = await bot.AnswerAsync(RoutingBot.Asker, "thanksYes", id);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Thank you! I noted that", body!["value"]!.ToJsonString(ExpertAnswersTests.Json), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        var thanks = Assert.Single(await bot.Thanks.ForTenantAsync(BotFactory.TenantId));
        Assert.Equal((expert, RoutingBot.Asker, "kubernetes"), (thanks.ExpertId, thanks.AskerId, thanks.TopicKey));
        Assert.Equal(1, await HelpedCountAsync(bot, expert));
        var results = await bot.Factory.Services.GetRequiredService<AnswerBuilder>().ExpertsCardAsync(BotFactory.TenantId, "p-zed", "kubernetes", Language.English);
        Assert.Contains("Helped 1 colleague on kubernetes", results!.ToJsonString(ExpertAnswersTests.Json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_thanks_question_is_asked_in_French_when_the_question_was_French()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (expert, _, card) = await IntroducedAndAskedForThanksAsync(bot, lang: "fr");

        Assert.Contains($"Est-ce que {AskExpertsTests.Name(expert)} vous a aidé·e sur kubernetes ?", card.ToJsonString(ExpertAnswersTests.Json), StringComparison.Ordinal);
        Assert.Contains("Oui", card.ToJsonString(ExpertAnswersTests.Json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_asker_of_a_real_routed_question_can_thank_and_no_stores_nothing()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (expert, id, _) = await IntroducedAndAskedForThanksAsync(bot);

        // Someone else, the expert themselves, an invented question: nothing is stored.
        var other = await bot.AnswerAsync("p-zed", "thanksYes", id);
        var self = await bot.AnswerAsync(expert, "thanksYes", id);
        var invented = await bot.AnswerAsync(RoutingBot.Asker, "thanksYes", "0123456789abcdef0123456789abcdef");
        Assert.Equal("Only the colleague who asked the question can say whether it helped.", other.Body!["value"]!.GetValue<string>());
        // The expert is answered in their own language (Léa in French).
        Assert.Equal(expert == "p-lea" ? "Seul le collègue qui a posé la question peut dire si l'aide a servi." : "Only the colleague who asked the question can say whether it helped.",
            self.Body!["value"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, invented.Status);
        var no = await bot.AnswerAsync(RoutingBot.Asker, "thanksNo", id);
        Assert.Contains("Thanks for telling me.", no.Body!["value"]!.ToJsonString(ExpertAnswersTests.Json), StringComparison.Ordinal);

        Assert.Empty(await bot.Thanks.ForTenantAsync(BotFactory.TenantId));
        Assert.Equal(0, await HelpedCountAsync(bot, expert));
    }

    [Fact]
    public async Task A_question_nobody_accepted_cannot_be_thanked()
    {
        await using var bot = await RoutingBot.StartAsync();
        await bot.InstallExpertsAsync();
        var order = await AskExpertsTests.SearchOrderAsync(bot);
        await bot.AskAsync();
        var id = RoutingBot.QuestionIdOf(bot.QuestionCardsOf(order[0])[0]);

        var (status, _) = await bot.AnswerAsync(RoutingBot.Asker, "thanksYes", id);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(await bot.Thanks.ForTenantAsync(BotFactory.TenantId));
    }

    [Fact]
    public async Task The_store_refuses_a_thank_you_to_oneself_and_keeps_one_per_asker_expert_and_topic()
    {
        await using var bot = await RoutingBot.StartAsync();
        var now = RoutingBot.Start;

        Assert.False(await bot.Thanks.AddAsync(new ThankYou(BotFactory.TenantId, "p-lea", "kubernetes", "Kubernetes", "p-lea", "q1", now)));
        Assert.True(await bot.Thanks.AddAsync(new ThankYou(BotFactory.TenantId, "p-lea", "kubernetes", "Kubernetes", "p-dana", "q1", now)));
        Assert.False(await bot.Thanks.AddAsync(new ThankYou(BotFactory.TenantId, "p-lea", "kubernetes", "Kubernetes", "p-dana", "q2", now)));
        Assert.True(await bot.Thanks.AddAsync(new ThankYou(BotFactory.TenantId, "p-lea", "kubernetes", "Kubernetes", "p-zed", "q3", now)));

        Assert.Equal(2, (await bot.Thanks.CountsAsync(BotFactory.TenantId, "kubernetes"))["p-lea"]);
    }
}
