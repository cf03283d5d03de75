using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Routing;

/// <summary>"Forget me" erases the routed questions and thanks involving the person, as asker or as expert.</summary>
[Collection(AzuriteTables.Name)]
public sealed class ForgetMeRoutingTests
{
    private static async Task<(string[] Order, string QuestionId)> ThankedAsync(RoutingBot bot)
    {
        await bot.InstallExpertsAsync();
        var order = await AskExpertsTests.SearchOrderAsync(bot);
        await bot.AskAsync();
        var id = RoutingBot.QuestionIdOf(bot.QuestionCardsOf(order[0])[0]);
        await bot.AnswerAsync(order[0], "routeAccept", id);
        await bot.AdvanceAsync(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(2),
            () => bot.Connector.SentTo(RoutingBot.ChatOf(RoutingBot.Asker)).Select(RoutingBot.CardOf).Any(c => c is not null && RoutingBot.VerbsOf(c).Contains("thanksYes")));
        await bot.AnswerAsync(RoutingBot.Asker, "thanksYes", id);
        Assert.Single(await bot.Thanks.ForTenantAsync(BotFactory.TenantId));
        return (order, id);
    }

    [Fact]
    public async Task Forget_me_by_the_asker_deletes_their_questions_and_the_thanks_they_gave()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (_, id) = await ThankedAsync(bot);

        var reply = await bot.SayAsync(RoutingBot.Asker, "forget me");

        Assert.StartsWith("Done. I deleted what I stored about you", reply.Text, StringComparison.Ordinal);
        Assert.Null(await bot.Questions.GetAsync(BotFactory.TenantId, id));
        Assert.Empty(await bot.Questions.ListAsync(BotFactory.TenantId));
        Assert.Empty(await bot.Thanks.ForTenantAsync(BotFactory.TenantId));

        // And they cannot route a new question while forgotten.
        var (_, body) = await bot.AskAsync();
        Assert.StartsWith("You asked me to forget you", body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_me_by_the_expert_deletes_the_thanks_they_received_and_the_question_they_took()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (order, id) = await ThankedAsync(bot);

        await bot.SayAsync(order[0], "oubliez-moi", "fr-FR");

        Assert.Null(await bot.Questions.GetAsync(BotFactory.TenantId, id));
        Assert.Empty(await bot.Thanks.ForTenantAsync(BotFactory.TenantId));
    }

    [Fact]
    public async Task Forget_me_by_an_expert_only_asked_takes_them_out_of_the_question()
    {
        await using var bot = await RoutingBot.StartAsync();
        await bot.InstallExpertsAsync();
        var order = await AskExpertsTests.SearchOrderAsync(bot);
        await bot.AskAsync();
        var id = RoutingBot.QuestionIdOf(bot.QuestionCardsOf(order[1])[0]);

        await bot.SayAsync(order[1], "forget me");

        var question = await bot.Questions.GetAsync(BotFactory.TenantId, id);
        Assert.NotNull(question);
        Assert.Null(question.AskOf(order[1]));
        Assert.DoesNotContain(question.Candidates, c => c.PersonId == order[1]);
        Assert.NotNull(question.AskOf(order[0]));
    }
}
