using System.Net;
using System.Text.Json.Nodes;
using ExpertBot.Routing;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Routing;

/// <summary>
/// What happens once experts are asked: the first "I can help" wins and is introduced exactly once, the others are
/// told, "Not me" and silence move the question on, and the asker is told honestly when nobody is left.
/// </summary>
[Collection(AzuriteTables.Name)]
public sealed class ExpertAnswersTests
{
    private const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>Installs everyone, asks, and returns the search order and the question's id.</summary>
    private static async Task<(string[] Order, string QuestionId)> AskedAsync(RoutingBot bot, string question = "How do I drain a node before an upgrade?")
    {
        await bot.InstallExpertsAsync();
        var order = await AskExpertsTests.SearchOrderAsync(bot);
        var (status, _) = await bot.AskAsync(question: question);
        Assert.Equal(HttpStatusCode.OK, status);
        return (order, RoutingBot.QuestionIdOf(Assert.Single(bot.QuestionCardsOf(order[0]))));
    }

    private static JsonObject[] IntroductionsToAsker(RoutingBot bot) =>
        [.. bot.Connector.SentTo(RoutingBot.ChatOf(RoutingBot.Asker)).Select(RoutingBot.CardOf).OfType<JsonObject>().Where(c => RoutingBot.ChatUrlOf(c) is not null)];

    [Fact]
    public async Task The_first_to_accept_is_put_in_touch_with_the_asker_both_ways_and_the_other_is_told_it_is_taken()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (order, id) = await AskedAsync(bot, "Drain & upgrade: how?");
        var (winner, other) = (order[0], order[1]);

        var (status, body) = await bot.AnswerAsync(winner, "routeAccept", id);

        Assert.Equal(HttpStatusCode.OK, status);
        // The expert's card becomes the introduction to the asker, with a Chat link to them.
        var expertCard = body!["value"]!.AsObject();
        Assert.Equal("https://teams.microsoft.com/l/chat/0/0?users=dana.scully%40contoso.com&message=Drain%20%26%20upgrade%3A%20how%3F", RoutingBot.ChatUrlOf(expertCard));
        // The asker gets the expert, with the chat link to them and the question pre-filled.
        var intro = Assert.Single(IntroductionsToAsker(bot));
        Assert.StartsWith($"https://teams.microsoft.com/l/chat/0/0?users={Upn(winner).Replace("@", "%40", StringComparison.Ordinal)}&message=Drain%20%26", RoutingBot.ChatUrlOf(intro), StringComparison.Ordinal);
        Assert.Contains(AskExpertsTests.Name(winner), intro.ToJsonString(Json), StringComparison.Ordinal);
        // The other asked expert gets a short note, and their card answers "taken" if they click later.
        var note = await RoutingBot.WaitForAsync(() => bot.Connector.SentTo(RoutingBot.ChatOf(other)).Where(a => a.Text is not null && a.Text.Contains("already helping", StringComparison.Ordinal)).ToArray(), n => n.Length > 0);
        Assert.Contains(AskExpertsTests.Name(winner), Assert.Single(note).Text, StringComparison.Ordinal);
        var (_, late) = await bot.AnswerAsync(other, "routeAccept", id);
        Assert.Contains("is already helping with this question", late!["value"]!.ToJsonString(Json), StringComparison.Ordinal);
        Assert.Single(IntroductionsToAsker(bot));
        Assert.Equal(winner, (await bot.Questions.GetAsync(BotFactory.TenantId, id))!.AcceptedBy);
    }

    [Fact]
    public async Task Two_experts_accepting_at_the_same_moment_make_exactly_one_introduction()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (order, id) = await AskedAsync(bot);

        var answers = await Task.WhenAll(bot.AnswerAsync(order[0], "routeAccept", id), bot.AnswerAsync(order[1], "routeAccept", id));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(answers, a => Assert.True(a.Body!["value"] is JsonObject, a.Body.ToJsonString()));
        Assert.Single(answers, a => RoutingBot.ChatUrlOf(a.Body!["value"]!.AsObject()) is not null);
        var lost = Assert.Single(answers, a => RoutingBot.ChatUrlOf(a.Body!["value"]!.AsObject()) is null);
        // The one who lost is told, in their language (Léa reads French), who is already helping.
        var winner = (await bot.Questions.GetAsync(BotFactory.TenantId, id))!.AcceptedBy!;
        Assert.Matches("is already helping|aide déjà", lost.Body!["value"]!.ToJsonString(Json));
        Assert.Contains(AskExpertsTests.Name(winner), lost.Body!["value"]!.ToJsonString(Json), StringComparison.Ordinal);
        Assert.Single(IntroductionsToAsker(bot));
    }

    [Fact]
    public async Task Many_concurrent_accepts_through_the_router_have_exactly_one_winner()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (order, id) = await AskedAsync(bot);
        var router = bot.Factory.Services.GetRequiredService<QuestionRouter>();

        // Both experts, each double-clicking, all at once, straight at the router (no turn queue in between).
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => router.AcceptAsync(BotFactory.TenantId, id, order[i % 2])));

        var winner = Assert.Single(results, r => r.Outcome == RouteOutcome.Accepted).Question!.AcceptedBy!;
        for (var i = 0; i < results.Length; i++)
        {
            // The winner's other clicks are "already yours"; every click of the other expert is "taken".
            Assert.Equal(order[i % 2] == winner, results[i].Outcome is RouteOutcome.Accepted or RouteOutcome.AlreadyYours);
            Assert.Equal(winner, results[i].Question!.AcceptedBy);
        }

        Assert.Single(IntroductionsToAsker(bot));
    }

    [Fact]
    public async Task A_double_click_on_I_can_help_accepts_once()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (order, id) = await AskedAsync(bot);

        var first = await bot.AnswerAsync(order[0], "routeAccept", id);
        var second = await bot.AnswerAsync(order[0], "routeAccept", id);

        Assert.NotNull(RoutingBot.ChatUrlOf(first.Body!["value"]!.AsObject()));
        Assert.NotNull(RoutingBot.ChatUrlOf(second.Body!["value"]!.AsObject()));
        Assert.Single(IntroductionsToAsker(bot));
        Assert.Single(bot.Connector.SentTo(RoutingBot.ChatOf(order[1])), a => a.Text?.Contains("already helping", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Not_me_asks_the_next_candidate_at_once()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (order, id) = await AskedAsync(bot);
        Assert.Empty(bot.QuestionCardsOf(order[2]));

        var (status, body) = await bot.AnswerAsync(order[1], "routeDecline", id);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("I'll ask someone else", body!["value"]!.ToJsonString(Json), StringComparison.Ordinal);
        Assert.Single(bot.QuestionCardsOf(order[2]));
        Assert.Empty(bot.QuestionCardsOf(order[3]));
    }

    [Fact]
    public async Task Nobody_answering_within_a_day_moves_to_the_next_batch_then_the_asker_is_told_honestly()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (order, id) = await AskedAsync(bot);

        await bot.AdvanceAsync(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(2), () => bot.QuestionCardsOf(order[3]).Count == 1);

        Assert.Single(bot.QuestionCardsOf(order[2]));
        Assert.Empty(bot.QuestionCardsOf(order[4]));

        await bot.AdvanceAsync(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(2), () => bot.QuestionCardsOf(order[4]).Count == 1);
        await bot.AdvanceAsync(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(2),
            () => bot.Connector.SentTo(RoutingBot.ChatOf(RoutingBot.Asker)).Any(a => a.Text?.StartsWith("I'm sorry: nobody I asked about kubernetes", StringComparison.Ordinal) == true));

        Assert.Equal(QuestionState.Exhausted, (await bot.Questions.GetAsync(BotFactory.TenantId, id))!.State);
        // Told once, however many scans pass.
        await bot.AdvanceAsync(TimeSpan.FromHours(30), () => true);
        await Task.Delay(300);
        Assert.Single(bot.Connector.SentTo(RoutingBot.ChatOf(RoutingBot.Asker)), a => a.Text?.StartsWith("I'm sorry", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Someone_who_was_not_asked_cannot_accept()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (order, id) = await AskedAsync(bot);

        var (status, body) = await bot.AnswerAsync(order[4], "routeAccept", id);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(MessageType, body!["type"]!.GetValue<string>());
        Assert.Equal("This question was not sent to you.", body["value"]!.GetValue<string>());
        Assert.Empty(IntroductionsToAsker(bot));
    }

    public static TheoryData<string, string> MalformedRoutingInvokes => new()
    {
        { "askExperts without data", """{"action":{"type":"Action.Execute","verb":"askExperts"}}""" },
        { "askExperts without topic", """{"action":{"type":"Action.Execute","verb":"askExperts","data":{"question":"hi"}}}""" },
        { "askExperts topic not a string", """{"action":{"type":"Action.Execute","verb":"askExperts","data":{"topic":42}}}""" },
        { "askExperts question of 10,000 chars", "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"askExperts\",\"data\":{\"topic\":\"kubernetes\",\"question\":\"" + new string('a', 10_000) + "\"}}}" },
        { "accept without q", """{"action":{"type":"Action.Execute","verb":"routeAccept","data":{}}}""" },
        { "accept q not a string", """{"action":{"type":"Action.Execute","verb":"routeAccept","data":{"q":["x"]}}}""" },
        { "accept q with a slash", """{"action":{"type":"Action.Execute","verb":"routeAccept","data":{"q":"../x"}}}""" },
        { "thanks q of 1,000 chars", "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"thanksYes\",\"data\":{\"q\":\"" + new string('a', 1000) + "\"}}}" },
        { "decline data a string", """{"action":{"type":"Action.Execute","verb":"routeDecline","data":"q"}}""" },
    };

    [Theory]
    [MemberData(nameof(MalformedRoutingInvokes))]
    public async Task A_malformed_routing_invoke_is_a_bad_request_and_asks_nobody(string why, string value)
    {
        await using var bot = await RoutingBot.StartAsync();
        await bot.InstallExpertsAsync();
        var invoke = RoutingBot.Activity("invoke", RoutingBot.Asker);
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = JsonNode.Parse(value);

        var (status, _) = await bot.PostInvokeAsync(invoke);

        Assert.True(status == HttpStatusCode.BadRequest, $"{why}: {(int)status}");
        Assert.Empty(AskExpertsTests.AskedPeople(bot));
    }

    [Fact]
    public async Task An_unknown_question_id_is_answered_in_words_not_with_an_error()
    {
        await using var bot = await RoutingBot.StartAsync();

        var (status, body) = await bot.AnswerAsync("p-lea", "routeAccept", "0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(MessageType, body!["type"]!.GetValue<string>());
    }

    internal static string Upn(string id) => id switch
    {
        "p-lea" => "lea.martin@contoso.com",
        "p-omar" => "omar.haddad@contoso.com",
        "p-priya" => "priya.nair@contoso.com",
        "p-tom" => "tom.becker@contoso.com",
        _ => "ines.costa@contoso.com",
    };

    internal static readonly System.Text.Json.JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
