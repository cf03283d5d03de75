using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExpertBot.Endorsements;
using ExpertBot.Storage;
using ExpertBot.Teams;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Endorsements;

/// <summary>
/// Endorsing through POST /api/messages as the Agents Playground does it (development mode, loopback): the card's
/// Action.Execute, Action.Submit, chat commands, notices and the privacy commands, each on a fresh bot.
/// </summary>
public sealed class EndorseThroughTheEndpointTests : IAsyncLifetime
{
    private const string ServiceUrl = "http://localhost:56150/_connector";
    private const string Alice = "p-alice";
    private const string AliceName = TestSnapshot.KubernetesPerson;
    private const string Bernard = "p-bernard";
    private const string Chloe = "p-chloe";
    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private const string MessageType = "application/vnd.microsoft.activity.message";

    private readonly BotFactory factory = new(issuer: null, remoteAddress: IPAddress.Loopback);
    private HttpClient client = null!;

    private EndorsementStore Store => factory.Services.GetRequiredService<EndorsementStore>();

    public async Task InitializeAsync() => client = await factory.StartAsync();

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Endorse_on_the_card_answers_with_the_card_updated_and_a_second_click_and_withdraw_behave()
    {
        var card = await AskAsync("who knows kubernetes?", Chloe);
        var button = EndorseAction(card, AliceName);
        Assert.Equal("endorse", button["verb"]!.GetValue<string>());
        Assert.Equal("Endorse for kubernetes", button["title"]!.GetValue<string>());
        Assert.Equal(0, VouchCount(card, AliceName));

        var endorsed = await ClickAsync(button, Chloe);

        var after = EndorseAction(endorsed, AliceName);
        Assert.Equal("Endorsed ✓ (withdraw)", after["title"]!.GetValue<string>());
        Assert.Equal("withdraw", after["verb"]!.GetValue<string>());
        Assert.Equal(1, VouchCount(endorsed, AliceName));
        Assert.Contains("Chloé Lefèvre", PersonText(endorsed, AliceName), StringComparison.Ordinal);

        var again = await ClickAsync(button, Chloe);
        Assert.Equal("withdraw", EndorseAction(again, AliceName)["verb"]!.GetValue<string>());
        Assert.Equal(1, VouchCount(again, AliceName));
        Assert.Single(await Store.GivenByAsync(BotFactory.TenantId, Chloe));
        Assert.Single(await Store.ReceivedByAsync(BotFactory.TenantId, Alice));

        var withdrawn = await ClickAsync(after, Chloe);
        var back = EndorseAction(withdrawn, AliceName);
        Assert.Equal("endorse", back["verb"]!.GetValue<string>());
        Assert.Equal("Endorse for kubernetes", back["title"]!.GetValue<string>());
        Assert.Equal(0, VouchCount(withdrawn, AliceName));
        Assert.Empty(await Store.AllAsync(BotFactory.TenantId));
        Assert.Empty(await Store.ReceivedByAsync(BotFactory.TenantId, Alice));
    }

    [Fact]
    public async Task A_new_endorsement_shows_in_the_next_card_at_once_for_everyone()
    {
        await ClickAsync(EndorseAction(await AskAsync("who knows kubernetes?", Chloe), AliceName), Chloe);

        var seenByBernard = await AskAsync("who knows kubernetes?", Bernard);

        Assert.Equal(1, VouchCount(seenByBernard, AliceName));
        Assert.Contains("Chloé Lefèvre", PersonText(seenByBernard, AliceName), StringComparison.Ordinal);
        Assert.Equal("endorse", EndorseAction(seenByBernard, AliceName)["verb"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_endorser_the_directory_does_not_know_is_named_as_Teams_names_them()
    {
        // The Agents Playground's user: not a person of the organisation.
        const string alex = "00000000-0000-0000-0000-0000000000020";

        var (status, body) = await InvokeAsync(alex, ActionValue("endorse", Alice, "kubernetes"), viewerName: "Alex Wilber");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, VouchCount(body!["value"]!, AliceName));
        Assert.Contains("Alex Wilber", PersonText(body["value"]!, AliceName), StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", PersonText(await AskAsync("who knows kubernetes?", Bernard), AliceName), StringComparison.Ordinal);
        // Stored, not only remembered by this instance: other instances read it from the ledger.
        Assert.Equal("Alex Wilber", Assert.Single(await Store.AllAsync(BotFactory.TenantId)).EndorserName);
    }

    [Fact]
    public async Task The_endorsees_own_entry_has_no_endorse_button()
    {
        var card = await AskAsync("who knows kubernetes?", Alice);

        Assert.Contains(AliceName, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(ActionOf(card, AliceName));
    }

    [Fact]
    public async Task A_crafted_self_endorsement_is_refused_with_a_message_and_writes_nothing()
    {
        var (status, body) = await InvokeAsync(Alice, ActionValue("endorse", Alice, "kubernetes"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(MessageType, body!["type"]!.GetValue<string>());
        Assert.Contains("can't endorse yourself", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await Store.AllAsync(BotFactory.TenantId));
        Assert.Empty(await Store.ReceivedByAsync(BotFactory.TenantId, Alice));
    }

    public static TheoryData<string, string> MalformedInvokes => new()
    {
        { "no action", """{}""" },
        { "action not an object", """{"action":"endorse"}""" },
        { "unknown verb", """{"action":{"type":"Action.Execute","verb":"delete","data":{"personId":"p-alice","topic":"kubernetes"}}}""" },
        { "no verb", """{"action":{"type":"Action.Execute","data":{"personId":"p-alice","topic":"kubernetes"}}}""" },
        { "missing personId", """{"action":{"type":"Action.Execute","verb":"endorse","data":{"topic":"kubernetes"}}}""" },
        { "missing topic", """{"action":{"type":"Action.Execute","verb":"endorse","data":{"personId":"p-alice"}}}""" },
        { "blank topic", """{"action":{"type":"Action.Execute","verb":"endorse","data":{"personId":"p-alice","topic":"   "}}}""" },
        { "personId not a string", """{"action":{"type":"Action.Execute","verb":"endorse","data":{"personId":42,"topic":"kubernetes"}}}""" },
        { "no data", """{"action":{"type":"Action.Execute","verb":"endorse"}}""" },
        { "personId of 10,000 chars", ActionValue("endorse", new string('a', 10_000), "kubernetes").ToJsonString() },
        { "value a string", "\"endorse\"" },
        { "value an array", """[{"verb":"endorse"}]""" },
        { "value null", "null" },
    };

    [Theory]
    [MemberData(nameof(MalformedInvokes))]
    public async Task A_malformed_invoke_is_a_bad_request_and_writes_nothing(string why, string value)
    {
        var activity = Activity("invoke", Chloe);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JsonNode.Parse(value);

        using var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {(int)response.StatusCode}");
        Assert.Empty(await Store.AllAsync(BotFactory.TenantId));
        Assert.Empty(factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }

    [Fact]
    public async Task An_Action_Submit_updates_the_card_in_place_through_the_connector()
    {
        var activity = Activity("message", Chloe);
        activity["replyToId"] = "card-1";
        activity["value"] = new JsonObject { ["verb"] = "endorse", ["personId"] = Alice, ["topic"] = "kubernetes" };

        using var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var update = Assert.Single(factory.Connector.UpdatesIn(TestActivities.ConversationId(activity)));
        Assert.Equal("card-1", update.UpdatedActivityId);
        var card = CardOf(update.Activity);
        Assert.Equal("withdraw", EndorseAction(card, AliceName)["verb"]!.GetValue<string>());
        Assert.Equal(1, VouchCount(card, AliceName));
        Assert.Single(await Store.GivenByAsync(BotFactory.TenantId, Chloe));
    }

    [Theory]
    [InlineData("endorse Alice Kubernetes-Martin for Kubernetes", "You vouched for Alice Kubernetes-Martin on Kubernetes")]
    [InlineData("recommander Alice Kubernetes-Martin pour Kubernetes", "Vous avez recommandé Alice Kubernetes-Martin pour Kubernetes")]
    public async Task Endorsing_in_chat_a_person_whose_name_is_unique_records_the_endorsement(string text, string reply)
    {
        var activity = Message(text, Chloe);

        await PostOkAsync(activity);

        var answer = Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(activity)));
        Assert.StartsWith(reply, answer.Text, StringComparison.Ordinal);
        var record = Assert.Single(await Store.GivenByAsync(BotFactory.TenantId, Chloe));
        Assert.Equal(Alice, record.EndorseeId);
    }

    [Fact]
    public async Task Endorsing_in_chat_an_ambiguous_name_asks_which_person_and_records_nothing()
    {
        var activity = Message("endorse Sam Taylor for budgeting", Chloe);

        await PostOkAsync(activity);

        var card = CardOf(Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(activity))));
        var actions = card["actions"]!.AsArray();
        Assert.All(actions, a => Assert.Equal("endorse", a!["verb"]!.GetValue<string>()));
        Assert.Equal(["p-sam-1", "p-sam-2"], actions.Select(a => a!["data"]!["personId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Empty(await Store.AllAsync(BotFactory.TenantId));

        // Choosing one from that card endorses exactly that person.
        var (status, body) = await InvokeAsync(Chloe, new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "endorse", ["data"] = actions[1]!["data"]!.DeepClone() } });
        Assert.Equal(HttpStatusCode.OK, status);
        // The answer shows what happened: the refreshed card has that Sam Taylor endorsed (the endorsement is
        // evidence now), or, when the ranking still leaves them out, a confirmation message.
        if (body!["type"]!.GetValue<string>() == MessageType)
        {
            Assert.Equal("You vouched for Sam Taylor on budgeting. Thank you!", body["value"]!.GetValue<string>());
        }
        else
        {
            var chosen = actions[1]!["data"]!["personId"]!.GetValue<string>();
            var withdraw = Cards.ExpertsCardTests.Nodes(body["value"])
                .Where(a => (string?)a["type"] == "Action.Execute" && (string?)a["data"]?["personId"] == chosen)
                .Single();
            Assert.Equal("withdraw", withdraw["verb"]!.GetValue<string>());
        }
        Assert.Equal(actions[1]!["data"]!["personId"]!.GetValue<string>(), Assert.Single(await Store.GivenByAsync(BotFactory.TenantId, Chloe)).EndorseeId);
    }

    [Fact]
    public async Task My_expertise_shows_the_topics_a_person_ranks_for_with_their_evidence_and_who_endorsed_them()
    {
        await ClickAsync(EndorseAction(await AskAsync("who knows kubernetes?", Chloe), AliceName), Chloe);

        var profile = PlainText(await AskAsync("my expertise", Alice));

        Assert.Contains("Your expertise, as colleagues see it", profile, StringComparison.Ordinal);
        Assert.Contains("Kubernetes cluster upgrade runbook", profile, StringComparison.Ordinal);
        Assert.Contains("Chloé Lefèvre", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("droit du travail", profile, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Mon_expertise_answers_in_French_and_a_hidden_person_is_told_they_are_hidden()
    {
        await PostOkAsync(Message("ne m'affichez pas", Bernard, locale: "fr-FR"));

        var profile = PlainText(await AskAsync("mon expertise", Bernard));

        Assert.Contains("Votre expertise", profile, StringComparison.Ordinal);
        Assert.Contains("Vous êtes masqué·e", profile, StringComparison.Ordinal);
        Assert.Contains("droit du travail", profile, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_install_without_a_locale_is_welcomed_in_the_persons_profile_language()
    {
        var install = Activity("installationUpdate", Bernard);
        install["action"] = "add";
        install.Remove("locale");

        await PostOkAsync(install);

        var welcome = Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(install)));
        Assert.StartsWith("Bonjour", welcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_expertise_for_someone_outside_the_directory_says_so()
    {
        var activity = Message("my expertise", "someone-else");
        await PostOkAsync(activity);

        var reply = Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(activity)));
        Assert.Contains("I don't find you in the organisation's directory", reply.Text, StringComparison.Ordinal);
    }

    private static string PlainText(JsonNode card) => card.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Theory]
    [InlineData("stop endorsement notices", "vouched for you on kubernetes")]
    [InlineData("arrêter les notifications", "vous a recommandé·e pour kubernetes")]
    public async Task The_endorsee_is_told_in_their_personal_chat_until_they_stop_the_notices(string stop, string notice)
    {
        var locale = stop.StartsWith("arr", StringComparison.Ordinal) ? "fr-FR" : "en-US";
        var aliceChat = await InstallAsync(Alice, locale);

        await ClickAsync(EndorseAction(await AskAsync("who knows kubernetes?", Chloe), AliceName), Chloe);
        var told = await WaitForAsync(() => factory.Connector.SentTo(aliceChat).Where(a => a.Text?.Contains(notice, StringComparison.Ordinal) == true).ToArray());
        Assert.Contains("Chloé Lefèvre", Assert.Single(told).Text, StringComparison.Ordinal);

        await PostOkAsync(Message(stop, Alice, conversationId: aliceChat, locale: locale));
        await ClickAsync(EndorseAction(await AskAsync("who knows kubernetes?", Bernard), AliceName), Bernard);
        Assert.Equal(2, (await Store.ReceivedByAsync(BotFactory.TenantId, Alice)).Count);

        await Task.Delay(1500);
        Assert.Single(factory.Connector.SentTo(aliceChat), a => a.Text?.Contains(notice, StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("hide me", "show me", "you are hidden")]
    [InlineData("ne m'affichez pas", "affichez-moi", "vous êtes masqué·e")]
    public async Task Hide_me_removes_the_person_from_everyones_results_and_show_me_brings_them_back(string hide, string show, string confirmation)
    {
        var hiding = Message(hide, Alice);
        await PostOkAsync(hiding);
        Assert.Contains(confirmation, Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(hiding))).Text, StringComparison.Ordinal);

        Assert.DoesNotContain(AliceName, (await AskAsync("who knows kubernetes?", Chloe)).ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AliceName, (await AskAsync("who knows kubernetes?", Bernard)).ToJsonString(), StringComparison.Ordinal);

        await PostOkAsync(Message(show, Alice));

        Assert.Contains(AliceName, (await AskAsync("who knows kubernetes?", Chloe)).ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forget me", "3 endorsements given or received, 1 conversation records")]
    [InlineData("oubliez-moi", "3 recommandations données ou reçues, 1 enregistrements de conversation")]
    public async Task Forget_me_deletes_endorsements_given_and_received_and_conversation_references_and_says_how_many(string text, string counts)
    {
        var aliceChat = await InstallAsync(Alice);
        await ClickAsync(EndorseAction(await AskAsync("who knows kubernetes?", Chloe), AliceName), Chloe);
        var (status, _) = await InvokeAsync(Alice, ActionValue("endorse", Bernard, "droit du travail"));
        Assert.Equal(HttpStatusCode.OK, status);
        await ClickAsync(EndorseAction(await AskAsync("who knows kubernetes?", Bernard), AliceName), Bernard);
        await InvokeAsync(Bernard, ActionValue("endorse", Chloe, "design"));
        Assert.Equal(4, (await Store.AllAsync(BotFactory.TenantId)).Count);

        var forget = Message(text, Alice, conversationId: aliceChat);
        await PostOkAsync(forget);

        var reply = factory.Connector.SentTo(aliceChat)[^1];
        Assert.Contains(counts, reply.Text, StringComparison.Ordinal);
        var left = Assert.Single(await Store.AllAsync(BotFactory.TenantId));
        Assert.Equal((Bernard, Chloe), (left.EndorserId, left.EndorseeId));
        Assert.Empty(await Store.ReceivedByAsync(BotFactory.TenantId, Alice));
        Assert.Empty(await Store.GivenByAsync(BotFactory.TenantId, Alice));
        Assert.Empty(await Store.ReceivedByAsync(BotFactory.TenantId, Bernard));
        var conversations = factory.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.Null(await conversations.FindPersonalAsync(BotFactory.TenantId, Alice));
        Assert.Null(await conversations.GetAsync(BotFactory.TenantId, aliceChat));
        Assert.DoesNotContain(AliceName, (await AskAsync("who knows kubernetes?", Chloe)).ToJsonString(), StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------------------------------------------

    private static JsonObject Activity(string type, string aadObjectId, string? conversationId = null, string locale = "en-US", string? name = null)
    {
        var activity = TestActivities.Activity(type, serviceUrl: ServiceUrl, locale: locale);
        activity["from"] = new JsonObject { ["id"] = "29:" + aadObjectId, ["name"] = name ?? "User " + aadObjectId, ["aadObjectId"] = aadObjectId };
        if (conversationId is not null)
        {
            activity["conversation"]!["id"] = conversationId;
        }

        return activity;
    }

    private static JsonObject Message(string text, string aadObjectId, string? conversationId = null, string locale = "en-US")
    {
        var activity = Activity("message", aadObjectId, conversationId, locale);
        activity["text"] = text;
        return activity;
    }

    private static JsonObject ActionValue(string verb, string personId, string topic) => new()
    {
        ["action"] = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["verb"] = verb,
            ["data"] = new JsonObject { ["personId"] = personId, ["topic"] = topic, ["lang"] = "en" },
        },
    };

    private async Task PostOkAsync(JsonObject activity)
    {
        using var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Installs the bot in the person's personal chat (so they have a conversation reference); returns its id.</summary>
    private async Task<string> InstallAsync(string aadObjectId, string locale = "en-US")
    {
        var install = Activity("installationUpdate", aadObjectId, locale: locale);
        install["action"] = "add";
        await PostOkAsync(install);
        var conversationId = TestActivities.ConversationId(install);
        Assert.NotNull(await factory.Services.GetRequiredService<ConversationReferenceStore>().FindPersonalAsync(BotFactory.TenantId, aadObjectId));
        return conversationId;
    }

    private async Task<JsonNode> AskAsync(string question, string viewer)
    {
        var activity = Message(question, viewer);
        await PostOkAsync(activity);
        return CardOf(Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(activity))));
    }

    /// <summary>Clicks an Action.Execute as Teams does: an adaptiveCard/action invoke; returns the card that replaces the old one.</summary>
    private async Task<JsonNode> ClickAsync(JsonNode action, string viewer)
    {
        var (status, body) = await InvokeAsync(viewer, new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action["verb"]!.DeepClone(), ["data"] = action["data"]!.DeepClone() },
        });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, body!["statusCode"]!.GetValue<int>());
        Assert.Equal(CardType, body["type"]!.GetValue<string>());
        return body["value"]!;
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> InvokeAsync(string viewer, JsonObject value, string? viewerName = null)
    {
        var activity = Activity("invoke", viewer, name: viewerName);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = value;
        using var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    private static JsonNode CardOf(Activity activity) => SentCard.Of(activity);

    /// <summary>The row of one person on an experts card: the top-level container whose name line is theirs.</summary>
    private static JsonNode Person(JsonNode card, string name) =>
        card["body"]!.AsArray().Single(n => n!["type"]?.GetValue<string>() == "Container" && Cards.ExpertsCardTests.Nodes(n).Any(t => (string?)t["weight"] == "Bolder" && (string?)t["text"] == name))!;

    private static string PersonText(JsonNode card, string name) => Person(card, name).ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The person's endorse or withdraw button, in their "Why?" section.</summary>
    private static JsonObject? ActionOf(JsonNode card, string name) =>
        Cards.ExpertsCardTests.Nodes(Person(card, name)).FirstOrDefault(n => (string?)n["type"] == "Action.Execute" && (string?)n["verb"] is "endorse" or "withdraw");

    private static JsonObject EndorseAction(JsonNode card, string name)
    {
        var action = ActionOf(card, name);
        Assert.NotNull(action);
        Assert.Equal("Action.Execute", action["type"]!.GetValue<string>());
        return action;
    }

    /// <summary>The number in "**Vouched for by** N: …", or 0 when the line is absent.</summary>
    private static int VouchCount(JsonNode card, string name)
    {
        var line = Cards.ExpertsCardTests.Nodes(Person(card, name))
            .Select(i => (string?)i["text"])
            .FirstOrDefault(t => t?.StartsWith("**Vouched for by**", StringComparison.Ordinal) == true);
        return line is null ? 0 : int.Parse(line["**Vouched for by** ".Length..].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<T[]> WaitForAsync<T>(Func<T[]> probe)
    {
        for (var i = 0; i < 100; i++)
        {
            if (probe() is { Length: > 0 } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        return [];
    }
}
