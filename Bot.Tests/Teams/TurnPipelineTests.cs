using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ExpertBot.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Teams;

/// <summary>
/// The turn pipeline through the real host in local mode, with replies sent by the real connector client to a
/// fake Bot Connector on loopback: the inbound request is never held by a turn's work, replies survive an outage
/// exactly once, a conversation's turns keep their order, redeliveries are answered once, failures get an
/// apology, invokes meet their deadline and shutdown finishes what was queued.
/// </summary>
public sealed class TurnPipelineTests : IAsyncLifetime
{
    private FakeConnectorServer connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task While_the_connector_is_down_the_inbound_request_is_answered_at_once_and_the_reply_arrives_once_after()
    {
        using var factory = Bot();
        await factory.StartAsync();
        using var raw = factory.CreateClient();
        connector.Down(TimeSpan.FromSeconds(4));
        var activity = Message("who knows kubernetes?");

        var clock = Stopwatch.StartNew();
        using var response = await AuthenticatedBot.PostAsync(raw, activity.ToJsonString(), token: null);
        var answeredIn = clock.Elapsed;
        await Idle(factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(answeredIn < TimeSpan.FromSeconds(2), $"the inbound request took {answeredIn.TotalMilliseconds} ms");
        var delivered = Delivered(activity);
        var reply = Assert.Single(delivered);
        Assert.Contains(connector.Requests, r => r.Status == 503);
        Assert.Contains("application/vnd.microsoft.card.adaptive", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redelivered_activity_is_answered_once()
    {
        using var factory = Bot();
        using var client = await factory.StartAsync();
        var activity = Message("help");

        using var first = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);
        using var again = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(Delivered(activity));
    }

    [Fact]
    public async Task The_turns_of_one_conversation_are_answered_in_the_order_they_arrived()
    {
        using var factory = Bot();
        await factory.StartAsync();
        using var raw = factory.CreateClient();
        // The first reply meets a throttled connector: the later turns must wait for it, not overtake it.
        connector.Then(429, retryAfter: "1");
        var conversation = "a:conv-" + Guid.NewGuid().ToString("N");
        string[] questions = ["help", "who knows kubernetes?", "my subscriptions", "qui connaît kubernetes ?"];
        var activities = questions.Select(q => InConversation(Message(q), conversation)).ToArray();

        foreach (var activity in activities)
        {
            using var response = await AuthenticatedBot.PostAsync(raw, activity.ToJsonString(), token: null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await Idle(factory);
        var answered = connector.Requests.Where(r => r.Status == 200 && r.Path.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal))
            .Select(r => ReplyTo(r.Body)).ToArray();
        Assert.Equal(activities.Select(a => a["id"]!.GetValue<string>()), answered);
    }

    [Fact]
    public async Task A_reply_the_connector_refuses_is_followed_by_an_apology_in_the_persons_language()
    {
        using var factory = Bot();
        using var client = await factory.StartAsync();
        connector.Then(400);
        var activity = Message("qui connaît kubernetes ?", locale: "fr-FR");

        using var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = Assert.Single(Delivered(activity));
        Assert.Contains("Désolé", apology.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_storage_down_a_message_gets_an_apology_and_a_card_action_is_answered_before_its_deadline()
    {
        var (azurite, connectionString) = Azurite.StartPrivate();
        try
        {
            using var factory = Bot(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = connectionString,
                ["Storage:MaxRetries"] = "1",
                ["Turns:InvokeDeadline"] = "00:00:03",
            });
            using var client = await factory.StartAsync();
            azurite.Kill(entireProcessTree: true);
            await azurite.WaitForExitAsync();

            var hideMe = Message("hide me");
            using var message = await AuthenticatedBot.PostAsync(client, hideMe.ToJsonString(), token: null);
            Assert.Equal(HttpStatusCode.OK, message.StatusCode);
            Assert.Contains("Sorry", Assert.Single(Delivered(hideMe)).Body, StringComparison.Ordinal);

            var endorse = Message(string.Empty);
            endorse["type"] = "invoke";
            endorse["name"] = "adaptiveCard/action";
            endorse["value"] = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["verb"] = "endorse",
                    ["data"] = new JsonObject { ["personId"] = "p-alice", ["topic"] = "kubernetes" },
                },
            };
            var clock = Stopwatch.StartNew();
            using var invoke = await AuthenticatedBot.PostAsync(client, endorse.ToJsonString(), token: null);

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the invoke took {clock.Elapsed.TotalMilliseconds} ms");
            Assert.Equal(HttpStatusCode.OK, invoke.StatusCode);
            var body = JsonNode.Parse(await invoke.Content.ReadAsStringAsync())!;
            Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        }
        finally
        {
            if (!azurite.HasExited)
            {
                azurite.Kill(entireProcessTree: true);
            }

            azurite.Dispose();
        }
    }

    [Fact]
    public async Task Shutdown_finishes_the_turns_already_queued()
    {
        var factory = Bot();
        await factory.StartAsync();
        using var raw = factory.CreateClient();
        connector.Down(TimeSpan.FromSeconds(2));
        var activities = Enumerable.Range(0, 3).Select(_ => Message("who knows kubernetes?")).ToArray();
        foreach (var activity in activities)
        {
            using var response = await AuthenticatedBot.PostAsync(raw, activity.ToJsonString(), token: null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await factory.DisposeAsync();

        Assert.All(activities, activity => Assert.Single(Delivered(activity)));
    }

    private static BotFactory Bot(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(issuer: null, remoteAddress: IPAddress.Loopback, realConnector: true, settings: settings);

    private JsonObject Message(string text, string locale = "en-US") =>
        TestActivities.Message(text, serviceUrl: connector.ServiceUrl, locale: locale);

    private static JsonObject InConversation(JsonObject activity, string conversationId)
    {
        activity["conversation"]!["id"] = conversationId;
        return activity;
    }

    /// <summary>The replies the connector accepted for an activity (those it answered 503 to were not delivered).</summary>
    private List<ReceivedRequest> Delivered(JsonObject activity) =>
        [.. connector.Requests.Where(r => r.Status is >= 200 and < 300 && ReplyTo(r.Body) == activity["id"]!.GetValue<string>())];

    private static string? ReplyTo(string body) =>
        body.Length > 0 && JsonNode.Parse(body) is JsonObject reply ? reply["replyToId"]?.GetValue<string>() : null;

    private static Task Idle(WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<ExpertBot.Teams.TurnQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
}
