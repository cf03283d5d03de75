using System.Net;
using System.Text.Json.Nodes;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Conversation;

/// <summary>
/// The results card says how the search read a question besides its words, through POST /api/messages (development
/// mode, as the Agents Playground sends) on the demo organisation: demo/org's marketing people list "content strategy"
/// among their skills, and their work is content marketing.
/// </summary>
public sealed class ReadAsThroughTheEndpointTests : IAsyncLifetime
{
    private readonly BotFactory factory = new(issuer: null, remoteAddress: IPAddress.Loopback, settings: new Dictionary<string, string?>
    {
        ["Expertise:SnapshotPath"] = Repository.PathOf("demo", "org"),
    });

    private HttpClient client = null!;

    public async Task InitializeAsync() => client = await factory.StartAsync();

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task The_card_says_a_claimed_phrase_was_also_read_as_the_claimants_work_under_its_title()
    {
        var body = Texts(await AskAsync("who knows content strategy?", "en-US"));

        Assert.Equal("Who knows content strategy", body[0]);
        Assert.Equal("Also read as Marketing: the work of colleagues who list \"content strategy\" among their skills or are endorsed for it.", body[2]);

        var french = Texts(await AskAsync("qui connaît content strategy ?", "fr-FR"));
        Assert.Equal("Lu aussi comme Marketing : le travail des collègues qui citent « content strategy » dans leurs compétences ou y sont recommandés.", french[2]);
    }

    [Fact]
    public async Task A_question_read_as_its_own_words_says_nothing_more()
    {
        var body = Texts(await AskAsync("who knows Kubernetes?", "en-US"));

        Assert.DoesNotContain(body, t => t.StartsWith("Also read as", StringComparison.Ordinal));
    }

    // The text of each element of the card's body, in order ("" for containers).
    private static string[] Texts(JsonNode card) => [.. card["body"]!.AsArray().Select(b => (string?)b!["text"] ?? string.Empty)];

    private async Task<JsonNode> AskAsync(string question, string locale)
    {
        var activity = TestActivities.Activity("message", serviceUrl: "http://localhost:56150/_connector", locale: locale);
        activity["text"] = question;
        using (var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return SentCard.Of(Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(activity))));
    }
}
