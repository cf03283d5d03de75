using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using ExpertBot.Presence;
using ExpertBot.Routing;
using ExpertBot.Storage;
using ExpertBot.Teams;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ExpertBot.Tests.Routing;

/// <summary>
/// The real bot host for routing tests: an organisation of five Kubernetes experts and an asker, Azurite under a
/// prefix of its own, a recording connector, a fake clock the scheduler runs on, and presence a test sets.
/// Activities are posted as the Agents Playground posts them (development mode, loopback).
/// </summary>
internal sealed class RoutingBot : IAsyncDisposable
{
    public const string Asker = "p-dana";
    public const string AskerName = "Dana Scully";
    public const string AskerUpn = "dana.scully@contoso.com";
    public const string ServiceUrl = "http://localhost:56150/_connector";

    /// <summary>A Monday morning: the tests' days stay in one ISO week.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static readonly string[] Experts = ["p-lea", "p-omar", "p-priya", "p-tom", "p-ines"];

    private readonly string snapshot = RoutingSnapshot.Write();

    private RoutingBot(IReadOnlyDictionary<string, string?>? settings)
    {
        var configured = new Dictionary<string, string?>
        {
            ["Expertise:SnapshotPath"] = snapshot,
            ["Routing:BatchSize"] = "2",
            ["Routing:ScanSeconds"] = "60",
            // Invokes are answered within their deadline; on a loaded test machine the default 8 s is tight.
            ["Turns:InvokeDeadline"] = "00:00:14",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configured[key] = value;
        }

        Factory = new BotFactory(issuer: null, remoteAddress: IPAddress.Loopback, settings: configured)
        {
            TestServices = services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
                services.RemoveAll<IPresenceReader>();
                services.AddSingleton<IPresenceReader>(Presence);
            },
        };
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public SettablePresence Presence { get; } = new();

    public BotFactory Factory { get; }

    public HttpClient Client { get; private set; } = null!;

    internal RecordingConnector Connector => Factory.Connector;

    internal QuestionStore Questions => Factory.Services.GetRequiredService<QuestionStore>();

    internal ThanksStore Thanks => Factory.Services.GetRequiredService<ThanksStore>();

    public static async Task<RoutingBot> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var bot = new RoutingBot(settings);
        bot.Client = await bot.Factory.StartAsync();
        return bot;
    }

    /// <summary>The personal conversation of a person, as their install creates it.</summary>
    public static string ChatOf(string personId) => "a:personal-" + personId;

    /// <summary>Installs the bot for the person (a personal conversation reference is stored).</summary>
    public async Task InstallAsync(string personId, string locale = "en-US")
    {
        var install = Activity("installationUpdate", personId, locale);
        install["action"] = "add";
        await PostOkAsync(install);
        Assert.NotNull(await Factory.Services.GetRequiredService<ConversationReferenceStore>().FindPersonalAsync(BotFactory.TenantId, personId));
    }

    public async Task InstallExpertsAsync(params string[] except)
    {
        foreach (var expert in Experts.Except(except))
        {
            await InstallAsync(expert, expert == "p-lea" ? "fr-FR" : "en-US");
        }
    }

    /// <summary>Says something in the person's personal chat; returns the bot's last answer there.</summary>
    public async Task<Activity> SayAsync(string personId, string text, string locale = "en-US")
    {
        var message = Activity("message", personId, locale);
        message["text"] = text;
        await PostOkAsync(message);
        return Connector.SentTo(ChatOf(personId))[^1];
    }

    /// <summary>Clicks "Ask them" on the results card as the asker; returns the invoke's status and body.</summary>
    public Task<(HttpStatusCode Status, JsonNode? Body)> AskAsync(string topic = "kubernetes", string question = "How do I drain a node before an upgrade?", string lang = "en", string asker = Asker) =>
        InvokeAsync(asker, "askExperts", new JsonObject { ["topic"] = topic, ["question"] = question, ["lang"] = lang });

    public Task<(HttpStatusCode Status, JsonNode? Body)> AnswerAsync(string personId, string verb, string questionId) =>
        InvokeAsync(personId, verb, new JsonObject { ["q"] = questionId, ["lang"] = "en" });

    public async Task<(HttpStatusCode Status, JsonNode? Body)> InvokeAsync(string personId, string verb, JsonNode data, string locale = "en-US")
    {
        var invoke = Activity("invoke", personId, locale);
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        return await PostInvokeAsync(invoke);
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> PostInvokeAsync(JsonObject invoke)
    {
        using var response = await AuthenticatedBot.PostAsync(Client, invoke.ToJsonString(), token: null);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>The routed-question cards a person received (in their personal chat), oldest first.</summary>
    public IReadOnlyList<JsonObject> QuestionCardsOf(string personId) =>
        [.. Connector.SentTo(ChatOf(personId)).Select(CardOf).OfType<JsonObject>().Where(c => VerbsOf(c).Contains("routeAccept"))];

    public static string QuestionIdOf(JsonObject card) => card["actions"]![0]!["data"]!["q"]!.GetValue<string>();

    public static JsonObject? CardOf(Activity activity) => activity.Attachments is [{ Content: { } content }, ..]
        ? JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(content))!.AsObject()
        : null;

    public static string[] VerbsOf(JsonObject card) =>
        [.. (card["actions"] as JsonArray ?? []).Select(a => a?["verb"]?.GetValue<string>()).OfType<string>()];

    public static string? ChatUrlOf(JsonObject card) =>
        (card["actions"] as JsonArray ?? []).Where(a => a?["type"]?.GetValue<string>() == "Action.OpenUrl").Select(a => a!["url"]!.GetValue<string>()).FirstOrDefault();

    /// <summary>Moves the clock and waits until the scheduler has handled what became due (condition met).</summary>
    public async Task AdvanceAsync(TimeSpan by, Func<bool> until)
    {
        Clock.Advance(by);
        for (var i = 0; !until(); i++)
        {
            if (i > 200)
            {
                throw new TimeoutException("The routing scheduler did not act after the clock moved.");
            }

            // The scan runs on the thread pool; give it a moment, and nudge the clock in case the scan was mid-way.
            await Task.Delay(50);
            if (i % 20 == 19)
            {
                Clock.Advance(TimeSpan.FromMinutes(1));
            }
        }
    }

    public static async Task<T> WaitForAsync<T>(Func<T> read, Func<T, bool> until)
    {
        for (var i = 0; ; i++)
        {
            var value = read();
            if (until(value) || i > 100)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }

    public static JsonObject Activity(string type, string personId, string locale = "en-US")
    {
        var activity = TestActivities.Activity(type, serviceUrl: ServiceUrl, locale: locale);
        activity["from"] = new JsonObject { ["id"] = "29:" + personId, ["name"] = "Teams " + personId, ["aadObjectId"] = personId };
        activity["conversation"]!["id"] = ChatOf(personId);
        return activity;
    }

    private async Task PostOkAsync(JsonObject activity)
    {
        using var response = await AuthenticatedBot.PostAsync(Client, activity.ToJsonString(), token: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        try
        {
            Directory.Delete(snapshot, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>Presence as a test sets it: people it has nothing on are absent, as with Graph.</summary>
internal sealed class SettablePresence : IPresenceReader
{
    private readonly ConcurrentDictionary<string, Availability> known = new(StringComparer.OrdinalIgnoreCase);

    public void Set(string personId, Availability availability) => known[personId] = availability;

    public Task<IReadOnlyDictionary<string, Availability>> GetAsync(string tenantId, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, Availability>>(personIds.Where(known.ContainsKey).ToDictionary(id => id, id => known[id]));
}
