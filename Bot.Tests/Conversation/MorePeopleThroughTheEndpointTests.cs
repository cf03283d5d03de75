using System.Net;
using System.Text.Json.Nodes;
using ExpertBot.Presence;
using ExpertBot.Teams;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ExpertBot.Tests.Conversation;

/// <summary>
/// The compact results card through POST /api/messages (development mode, as the Agents Playground sends): Chat
/// links, avatars and availability from the presence contracts, and "More people" paging in place.
/// </summary>
public sealed class MorePeopleThroughTheEndpointTests : IAsyncLifetime
{
    private const int People = 12;
    private const int TerraformPeople = 3;
    private const string Viewer = "viewer-1";
    private const string CardType = "application/vnd.microsoft.card.adaptive";

    private readonly string snapshot = WriteSnapshot();
    private readonly BotFactory factory;
    private HttpClient client = null!;

    public MorePeopleThroughTheEndpointTests()
    {
        factory = new BotFactory(issuer: null, remoteAddress: IPAddress.Loopback, settings: new Dictionary<string, string?>
        {
            ["Expertise:SnapshotPath"] = snapshot,
            ["Expertise:PeoplePerCard"] = "5",
        })
        {
            TestServices = services =>
            {
                services.RemoveAll<IPhotoSource>();
                services.AddSingleton<IPhotoSource>(new OnePhoto());
                services.RemoveAll<IPresenceReader>();
                services.AddSingleton<IPresenceReader>(new OneAway());
            },
        };
    }

    public async Task InitializeAsync() => client = await factory.StartAsync();

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        Directory.Delete(snapshot, recursive: true);
    }

    [Fact]
    public async Task More_people_replaces_the_card_with_the_next_pages_until_everyone_was_shown_once()
    {
        var first = await AskAsync("who knows kubernetes?");
        var seen = Names(first);
        Assert.Equal(5, seen.Count);
        Assert.Contains("5 people, best first.", Text(first), StringComparison.Ordinal);

        var second = await ClickAsync(MoreAction(first)!);
        Assert.Contains("People 6 to 10, best first.", Text(second), StringComparison.Ordinal);
        Assert.Equal(5, Names(second).Count);
        Assert.Empty(Names(second).Intersect(seen));
        seen.AddRange(Names(second));

        var third = await ClickAsync(MoreAction(second)!);
        Assert.Contains("People 11 to 12, best first.", Text(third), StringComparison.Ordinal);
        Assert.Null(MoreAction(third));
        seen.AddRange(Names(third));

        Assert.Equal(Enumerable.Range(0, People).Select(Name).Order(), seen.Order());
        // Each page keeps the question: its Chat links still carry it.
        Assert.All(Chats(third), url => Assert.EndsWith("&message=who%20knows%20kubernetes%3F", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_person_has_a_chat_link_with_their_upn_an_avatar_and_their_availability()
    {
        var card = await AskAsync("who knows <b>kubernetes</b> & \"helm\"?");

        var chats = Chats(card);
        Assert.Equal(5, chats.Length);
        Assert.All(chats, url => Assert.Matches(@"^https://teams\.microsoft\.com/l/chat/0/0\?users=person\.\d+%40contoso\.example&message=who%20knows%20kubernetes%20%26%20%22helm%22%3F$", url));
        var images = Nodes(card).Where(n => (string?)n["type"] == "Image").Select(n => (string)n["url"]!).ToArray();
        Assert.Equal(5, images.Length);
        Assert.Single(images, url => url.StartsWith("data:image/jpeg;base64,", StringComparison.Ordinal));
        Assert.Equal(4, images.Count(url => url.StartsWith("data:image/png;base64,", StringComparison.Ordinal)));
        Assert.Contains("Out of office until 3 Dec", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_french_card_pages_in_french()
    {
        var first = await AskAsync("qui connaît kubernetes ?", "fr-FR");
        var more = MoreAction(first)!;
        Assert.Equal("Plus de personnes", (string?)more["title"]);
        Assert.Contains("Discuter", Text(first), StringComparison.Ordinal);
        Assert.Contains("Absent·e jusqu'au 3 déc.", Text(first), StringComparison.Ordinal);

        var second = await ClickAsync(more, "en-US");

        Assert.Contains("Personnes 6 à 10, les plus pertinentes d'abord.", Text(second), StringComparison.Ordinal);
        Assert.Contains("Pourquoi ?", Text(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endorsing_on_the_second_page_answers_with_that_page_and_the_persons_why_open()
    {
        var second = await ClickAsync(MoreAction(await AskAsync("who knows kubernetes?"))!);
        // The last of the page: one endorsement does not lift them past the first page's people.
        var endorse = Nodes(second).Last(n => (string?)n["verb"] == "endorse");
        var person = (string)endorse["data"]!["personId"]!;

        var after = await ClickAsync(endorse);

        Assert.Contains("People 6 to 10, best first.", Text(after), StringComparison.Ordinal);
        Assert.Equal(Names(second).Order(), Names(after).Order());
        var open = Assert.Single(Nodes(after), n => n["isVisible"]?.GetValue<bool>() == true);
        Assert.Contains(Nodes(open), n => (string?)n["verb"] == "withdraw" && (string?)n["data"]!["personId"] == person);
        Assert.Equal(5, Chats(after).Length);
    }

    [Fact]
    public async Task Nobody_on_a_narrower_topic_is_offered_its_broader_topic_as_a_question_sent_in_one_click()
    {
        var card = await AskAsync("who knows AKS?");

        var lines = Nodes(card).Select(n => (string?)n["text"]).OfType<string>().ToArray();
        Assert.Equal(["Nobody fits \"AKS\" yet", "The broader topic, Kubernetes, finds people: ask for it if it will do."], [lines[0], lines[^1]]);
        Assert.Empty(Names(card));
        var offer = Assert.Single(card["actions"]!.AsArray())!.AsObject();
        Assert.Equal("Who knows Kubernetes?", (string?)offer["title"]);

        // One click: the broader topic's people, in place of the card, as asking for it would list them.
        var broader = await ClickAsync(offer);
        Assert.Contains("Who knows Kubernetes", Text(broader), StringComparison.Ordinal);
        Assert.Equal(Names(await AskAsync("who knows Kubernetes?")), Names(broader));
        Assert.NotNull(MoreAction(broader));

        // A topic with no broader one, or whose broader one finds nobody either, offers nothing.
        Assert.Null((await AskAsync("who knows quantum basket weaving?"))["actions"]);
    }

    [Fact]
    public async Task When_nobody_listed_shows_both_topics_each_is_offered_alone_and_one_click_lists_its_people()
    {
        var card = await AskAsync("who knows kubernetes and terraform?");

        Assert.Contains("Nobody shows both kubernetes and terraform in their work: here is who shows either. For the best on one, ask for it alone.", Text(card), StringComparison.Ordinal);
        var offers = card["actions"]!.AsArray().OfType<JsonObject>().Where(a => (string?)a["verb"] == "oneTopic").ToArray();
        Assert.Equal(["Who knows kubernetes?", "Who knows terraform?"], offers.Select(a => (string?)a["title"]));

        // One click: that topic's people, in place of the card, as asking for it would list them, with its own pages.
        var terraform = await ClickAsync(offers[1]);
        Assert.Contains("Who knows terraform", Text(terraform), StringComparison.Ordinal);
        Assert.Equal(Names(await AskAsync("who knows terraform?")), Names(terraform));
        Assert.Equal(TerraformPeople, Names(terraform).Count);
        Assert.All(Names(terraform), name => Assert.EndsWith("Terra", name, StringComparison.Ordinal));
        Assert.DoesNotContain(terraform["actions"]?.AsArray() ?? [], a => (string?)a!["verb"] == "oneTopic");

        var kubernetes = await ClickAsync(offers[0]);
        Assert.Equal(Names(await AskAsync("who knows kubernetes?")), Names(kubernetes));
        Assert.NotNull(MoreAction(kubernetes));

        // In French, the offer is French, and so is the answer.
        var french = await AskAsync("qui connaît kubernetes et terraform ?", "fr-FR");
        var offer = french["actions"]!.AsArray().OfType<JsonObject>().Last(a => (string?)a["verb"] == "oneTopic");
        Assert.Equal("Qui connaît terraform ?", (string?)offer["title"]);
        Assert.Contains("Qui connaît terraform", Text(await ClickAsync(offer, "fr-FR")), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadData => new()
    {
        { "morePeople", """{"topic":"kubernetes","skip":"5"}""" },
        { "morePeople", """{"topic":"kubernetes","skip":0}""" },
        { "morePeople", """{"topic":"kubernetes","skip":-5}""" },
        { "morePeople", """{"topic":"kubernetes","skip":2.5}""" },
        { "morePeople", """{"topic":"kubernetes","skip":50}""" },
        { "morePeople", """{"topic":"kubernetes","skip":99999999999}""" },
        { "morePeople", """{"topic":"kubernetes"}""" },
        { "morePeople", """{"skip":5}""" },
        { "morePeople", """{"topic":"   ","skip":5}""" },
        { "morePeople", """{"topic":12,"skip":5}""" },
        { "morePeople", """{"topic":"kubernetes","skip":5,"question":["a"]}""" },
        { "morePeople", """{"topic":"kubernetes","skip":5,"question":"{{LONG}}"}""" },
        { "morePeople", """{"topic":"{{LONG}}","skip":5}""" },
        { "morePeople", """[1,2]""" },
        { "morePeople", """null""" },
        // The broader topic a no-match card offers starts at the first page and carries nothing else.
        { "broaderTopic", """{"topic":"Kubernetes","skip":5}""" },
        { "broaderTopic", """{"topic":"   "}""" },
        { "broaderTopic", """{"lang":"en"}""" },
        { "broaderTopic", """{"topic":"{{LONG}}"}""" },
        { "broaderTopic", """["Kubernetes"]""" },
        // So does one topic of several.
        { "oneTopic", """{"topic":"terraform","skip":5}""" },
        { "oneTopic", """{"topic":""}""" },
        { "oneTopic", """{"topic":"{{LONG}}"}""" },
        { "oneTopic", "\"terraform\"" },
    };

    [Theory]
    [MemberData(nameof(BadData))]
    public async Task Malformed_more_people_data_is_a_400_never_a_500(string verb, string data)
    {
        var value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = JsonNode.Parse(data.Replace("{{LONG}}", new string('x', 1200), StringComparison.Ordinal)) },
        };

        var (status, body) = await InvokeAsync(value);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body!["statusCode"]!.GetValue<int>());
    }

    // ---------------------------------------------------------------------------------------------------

    private static string Name(int i) => $"Person {i:00} Kube";

    private static string WriteSnapshot()
    {
        var directory = Path.Combine(Path.GetTempPath(), "expertbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllLines(Path.Combine(directory, "people.jsonl"), Enumerable.Range(0, People).Select(i =>
            $$"""{"id":"p-{{i}}","displayName":"{{Name(i)}}","userPrincipalName":"person.{{i}}@contoso.example","jobTitle":"Engineer","department":"Platform"}"""));
        // Person i wrote 12 - i documents: a ranking without ties, the same on every page.
        File.WriteAllLines(Path.Combine(directory, "signals.jsonl"), Enumerable.Range(0, People).SelectMany(i => Enumerable.Range(0, People - i).Select(j =>
            $$"""{"id":"s-{{i}}-{{j}}","personId":"p-{{i}}","timestamp":"2026-0{{1 + (j % 9)}}-01T09:00:00Z","kind":"document","title":"Kubernetes note {{j}}","text":"Running Kubernetes clusters: node pools, Helm charts and upgrades ({{j}})."}""")));
        // And a few who know Terraform, none of them Kubernetes.
        File.AppendAllLines(Path.Combine(directory, "people.jsonl"), Enumerable.Range(0, TerraformPeople).Select(i =>
            $$"""{"id":"t-{{i}}","displayName":"Person {{i:00}} Terra","userPrincipalName":"terra.{{i}}@contoso.example","jobTitle":"Engineer","department":"Platform"}"""));
        File.AppendAllLines(Path.Combine(directory, "signals.jsonl"), Enumerable.Range(0, TerraformPeople).SelectMany(i => Enumerable.Range(0, TerraformPeople + 1 - i).Select(j =>
            $$"""{"id":"st-{{i}}-{{j}}","personId":"t-{{i}}","timestamp":"2026-0{{1 + (j % 9)}}-02T09:00:00Z","kind":"document","title":"Terraform module {{j}}","text":"Terraform modules, remote state and plan reviews ({{j}})."}""")));
        return directory;
    }

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => ExpertBot.Tests.Cards.ExpertsCardTests.Nodes(node);

    private static string Text(JsonNode card) => card.ToJsonString(ActivityJson.Options);

    private static List<string> Names(JsonNode card) =>
        [.. ExpertBot.Tests.Cards.ExpertsCardTests.Rows(card.AsObject()).Select(row => (string)Nodes(row).First(n => (string?)n["weight"] == "Bolder")["text"]!)];

    private static string[] Chats(JsonNode card) => [.. Nodes(card).Where(n => (string?)n["type"] == "Action.OpenUrl").Select(n => (string)n["url"]!)];

    private static JsonObject? MoreAction(JsonNode card) =>
        card["actions"]?.AsArray().OfType<JsonObject>().SingleOrDefault(a => (string?)a["verb"] == "morePeople");

    private static JsonObject Activity(string type, string locale)
    {
        var activity = TestActivities.Activity(type, serviceUrl: "http://localhost:56150/_connector", locale: locale);
        activity["from"] = new JsonObject { ["id"] = "29:" + Viewer, ["name"] = "Viewer", ["aadObjectId"] = Viewer };
        return activity;
    }

    private async Task<JsonNode> AskAsync(string question, string locale = "en-US", JsonNode? value = null)
    {
        var activity = Activity("message", locale);
        activity["text"] = question;
        activity["value"] = value;
        using (var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return SentCard.Of(Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(activity))));
    }

    /// <summary>Clicks an Action.Execute as Teams does; returns the card that replaces the old one.</summary>
    private async Task<JsonNode> ClickAsync(JsonObject action, string locale = "en-US")
    {
        var (status, body) = await InvokeAsync(new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action["verb"]!.DeepClone(), ["data"] = action["data"]!.DeepClone() },
        }, locale);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(CardType, (string?)body!["type"]);
        return body["value"]!;
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> InvokeAsync(JsonObject value, string locale = "en-US")
    {
        var activity = Activity("invoke", locale);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = value;
        using var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    /// <summary>Person 0 has a photo (Graph's 48×48 JPEG); nobody else does.</summary>
    private sealed class OnePhoto : IPhotoSource
    {
        public Task<PersonPhoto?> GetAsync(string tenantId, string personId, CancellationToken cancellationToken = default) =>
            Task.FromResult(personId == "p-0" ? new PersonPhoto(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 0xFF, 0xD9 }, "image/jpeg") : null);
    }

    /// <summary>Person 1 is out of office until 3 December; nothing is known of the others.</summary>
    private sealed class OneAway : IPresenceReader
    {
        public Task<IReadOnlyDictionary<string, Availability>> GetAsync(string tenantId, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyDictionary<string, Availability>>(personIds.Contains("p-1")
                ? new Dictionary<string, Availability> { ["p-1"] = new(PresenceStatus.Away, true, new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.Zero)) }
                : new Dictionary<string, Availability>());
    }
}
