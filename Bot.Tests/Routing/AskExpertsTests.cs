using System.Net;
using ExpertBot.Conversation;
using ExpertBot.Localization;
using ExpertBot.Presence;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Routing;

/// <summary>
/// "Ask them" through the real host: who is asked (the search's best people who can be reached, are willing, are
/// not away or busy and are under their weekly cap), what they receive, and what the asker is told.
/// </summary>
[Collection(AzuriteTables.Name)]
public sealed class AskExpertsTests
{
    internal static async Task<string[]> SearchOrderAsync(RoutingBot bot)
    {
        var model = await bot.Factory.Services.GetRequiredService<AnswerBuilder>().ExpertsAsync(BotFactory.TenantId, RoutingBot.Asker, "kubernetes", Language.English, 0, 8);
        return [.. model!.People.Select(p => p.PersonId)];
    }

    internal static string[] AskedPeople(RoutingBot bot) => [.. RoutingBot.Experts.Where(e => bot.QuestionCardsOf(e).Count > 0)];

    [Fact]
    public async Task The_question_goes_to_the_first_two_experts_of_the_search_each_in_their_language_and_the_asker_is_told_who()
    {
        await using var bot = await RoutingBot.StartAsync();
        await bot.InstallExpertsAsync();
        var order = await SearchOrderAsync(bot);
        Assert.Equal(RoutingBot.Experts.Order(), order.Order());

        var (status, body) = await bot.AskAsync(question: "How do I *drain* a [node] before the upgrade?");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(order[..2].Order(), AskedPeople(bot).Order());
        var confirmation = body!["value"]!.GetValue<string>();
        Assert.StartsWith("I asked ", confirmation, StringComparison.Ordinal);
        Assert.Contains(Name(order[0]), confirmation, StringComparison.Ordinal);
        Assert.Contains(Name(order[1]), confirmation, StringComparison.Ordinal);

        foreach (var expert in order[..2])
        {
            var card = Assert.Single(bot.QuestionCardsOf(expert)).ToJsonString(Json);
            // The question escaped (its * and [ ] are not markdown), who asks, and why they were chosen.
            Assert.Contains(@"How do I \\*drain\\* a \\[node\\] before the upgrade?", card, StringComparison.Ordinal);
            Assert.Contains(RoutingBot.AskerName, card, StringComparison.Ordinal);
            var french = expert == "p-lea";
            Assert.Contains(french ? "Je peux aider" : "I can help", card, StringComparison.Ordinal);
            Assert.Contains(french ? "Pas moi" : "Not me", card, StringComparison.Ordinal);
            Assert.Contains(french ? "Pourquoi vous : votre travail montre" : "Why you: your work shows", card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_confirmation_is_in_French_when_asked_in_French()
    {
        await using var bot = await RoutingBot.StartAsync();
        await bot.InstallExpertsAsync();

        var (_, body) = await bot.AskAsync(question: "Comment vider un nœud ?", lang: "fr");

        Assert.StartsWith("J'ai posé votre question sur kubernetes à ", body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_office_busy_opted_out_and_unreachable_people_are_skipped()
    {
        await using var bot = await RoutingBot.StartAsync();
        var order = await SearchOrderAsync(bot);
        await bot.InstallExpertsAsync(except: order[3]);
        bot.Presence.Set(order[0], new Availability(PresenceStatus.Available, OutOfOffice: true, OutOfOfficeUntil: RoutingBot.Start.AddDays(7)));
        bot.Presence.Set(order[1], new Availability(PresenceStatus.DoNotDisturb));
        var optOut = await bot.SayAsync(order[2], "don't send me questions");
        Assert.Contains("I won't send you colleagues' questions", optOut.Text, StringComparison.Ordinal);

        var (_, body) = await bot.AskAsync();

        // Only the fifth is available, reachable and willing: asked alone, and the asker is told exactly that.
        Assert.Equal([order[4]], AskedPeople(bot));
        Assert.Equal($"I asked {Name(order[4])} about your question on kubernetes. I'll put you in touch as soon as one of them can help.", body!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_me_questions_undoes_the_opt_out()
    {
        await using var bot = await RoutingBot.StartAsync();
        await bot.InstallExpertsAsync();
        var order = await SearchOrderAsync(bot);
        await bot.SayAsync(order[0], "ne m'envoyez pas de questions", "fr-FR");
        var back = await bot.SayAsync(order[0], "send me questions");
        Assert.Contains("may be sent to you again", back.Text, StringComparison.Ordinal);

        await bot.AskAsync();

        Assert.Contains(order[0], AskedPeople(bot));
    }

    [Fact]
    public async Task Hidden_people_are_never_asked()
    {
        await using var bot = await RoutingBot.StartAsync();
        await bot.InstallExpertsAsync();
        var order = await SearchOrderAsync(bot);
        await bot.SayAsync(order[0], "hide me");

        await bot.AskAsync();

        Assert.DoesNotContain(order[0], AskedPeople(bot));
        Assert.Equal(2, AskedPeople(bot).Length);
    }

    [Fact]
    public async Task Nobody_reachable_is_said_honestly_and_nobody_is_messaged()
    {
        await using var bot = await RoutingBot.StartAsync();
        var (status, body) = await bot.AskAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Nobody I could ask about kubernetes is available right now", body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(AskedPeople(bot));
    }

    [Fact]
    public async Task People_at_their_weekly_cap_are_skipped_until_the_next_week()
    {
        // A long window: the week passes without the first questions moving on to other people.
        await using var bot = await RoutingBot.StartAsync(new Dictionary<string, string?> { ["Routing:WeeklyCap"] = "1", ["Routing:AnswerWindowHours"] = "336" });
        await bot.InstallExpertsAsync();
        var order = await SearchOrderAsync(bot);

        await bot.AskAsync(question: "First question");
        await bot.AskAsync(question: "Second question");
        await bot.AskAsync(question: "Third question");

        Assert.Equal(order[..2].Order(), RoutingBot.Experts.Where(e => bot.QuestionCardsOf(e).Any(c => c.ToJsonString().Contains("First", StringComparison.Ordinal))).Order());
        Assert.Equal(order[2..4].Order(), RoutingBot.Experts.Where(e => bot.QuestionCardsOf(e).Any(c => c.ToJsonString().Contains("Second", StringComparison.Ordinal))).Order());
        Assert.Equal([order[4]], RoutingBot.Experts.Where(e => bot.QuestionCardsOf(e).Any(c => c.ToJsonString().Contains("Third", StringComparison.Ordinal))));
        Assert.All(RoutingBot.Experts, e => Assert.Single(bot.QuestionCardsOf(e)));

        bot.Clock.Advance(TimeSpan.FromDays(7));
        await bot.AskAsync(question: "Next week's question");
        Assert.Equal(order[..2].Order(), RoutingBot.Experts.Where(e => bot.QuestionCardsOf(e).Count == 2).Order());
    }

    [Fact]
    public async Task The_asker_is_never_asked_their_own_question()
    {
        await using var bot = await RoutingBot.StartAsync();
        await bot.InstallExpertsAsync();
        var order = await SearchOrderAsync(bot);

        await bot.AskAsync(asker: order[0]);

        Assert.DoesNotContain(order[0], AskedPeople(bot));
        Assert.Equal(2, AskedPeople(bot).Length);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Name(string id) => id switch
    {
        "p-lea" => "Léa Martin",
        "p-omar" => "Omar Haddad",
        "p-priya" => "Priya Nair",
        "p-tom" => "Tom Becker",
        _ => "Inès Costa",
    };
}
