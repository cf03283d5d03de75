using System.Net;
using ExpertBot.Digest;
using ExpertBot.Expertise;
using ExpertBot.Privacy;
using ExpertBot.Storage;
using ExpertBot.Teams;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ExpertBot.Tests.Digest;

/// <summary>Exactly once: every subscriber receives one digest for the week, whatever races and crashes happen.</summary>
[Collection(AzuriteTables.Name)]
public sealed class DigestDeliveryTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-digest";
    private const int Subscribers = 40;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private readonly TrustedServiceUrls trusted = new();
    private TableClients? tables;

    /// <summary>One table prefix per test, so tests sharing the emulator never meet.</summary>
    private TableClients Tables => tables ??= azurite.FreshTables("d");

    [Fact]
    public async Task Two_senders_racing_deliver_each_subscriber_exactly_one_digest()
    {
        await SubscribeAsync();
        var connector = new CountingConnector();

        var runs = await Task.WhenAll(
            Sender(connector).RunTenantAsync(Tenant, DigestExamples.Week),
            Sender(connector).RunTenantAsync(Tenant, DigestExamples.Week));

        AssertEachReceivedOnce(connector);
        Assert.Equal(Subscribers, runs.Sum(r => r.Sent));
    }

    [Fact]
    public async Task A_sender_that_dies_mid_fan_out_is_resumed_by_a_restarted_one_without_duplicates_or_gaps()
    {
        await SubscribeAsync();
        var dying = new CountingConnector { CrashAfter = 12 };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Sender(dying).RunTenantAsync(Tenant, DigestExamples.Week));
        Assert.InRange(dying.Received.Count, 1, Subscribers - 1);

        // The restarted process: a new sender; the claims the dead one left expire and are taken over.
        var restarted = new CountingConnector();
        var before = await Sender(restarted).RunTenantAsync(Tenant, DigestExamples.Week);
        Assert.True(before.Pending > 0, "the dead sender's live claims are not taken over before they expire");
        time.Advance(TimeSpan.FromMinutes(11));
        var after = await Sender(restarted).RunTenantAsync(Tenant, DigestExamples.Week);

        Assert.Equal(0, after.Pending);
        AssertEachReceivedOnce(dying, restarted);
    }

    [Fact]
    public async Task A_sender_cancelled_mid_fan_out_resumes_without_duplicates_or_gaps()
    {
        await SubscribeAsync();
        using var shutdown = new CancellationTokenSource();
        var first = new CountingConnector { CancelAfter = (15, shutdown) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sender(first).RunTenantAsync(Tenant, DigestExamples.Week, shutdown.Token));
        time.Advance(TimeSpan.FromMinutes(11));
        var second = new CountingConnector();
        var summary = await Sender(second).RunTenantAsync(Tenant, DigestExamples.Week);

        Assert.Equal(0, summary.Pending);
        AssertEachReceivedOnce(first, second);
        Assert.Equal(Subscribers, (await Sender(new CountingConnector()).RunTenantAsync(Tenant, DigestExamples.Week)).AlreadyDone);
    }

    [Fact]
    public async Task A_subscriber_who_removed_the_app_is_marked_inactive_and_not_retried()
    {
        await SubscribeAsync();
        var connector = new CountingConnector();
        connector.Refuse["a:conv-3"] = HttpStatusCode.Forbidden;

        var first = await Sender(connector).RunTenantAsync(Tenant, DigestExamples.Week);
        var nextWeek = await Sender(connector).RunTenantAsync(Tenant, DigestExamples.Week.AddDays(7));

        Assert.Equal((Subscribers - 1, 1), (first.Sent, first.Removed));
        Assert.False((await Subscriptions().GetAsync(Tenant, Subscription.PersonKey("user-3")))!.Active);
        Assert.Equal(Subscribers - 1, nextWeek.Sent + nextWeek.Empty);
        Assert.Equal(0, nextWeek.Removed);
    }

    [Fact]
    public async Task A_subscriber_whose_send_failed_is_sent_on_the_next_pass()
    {
        await SubscribeAsync();
        var connector = new CountingConnector();
        connector.Refuse["a:conv-5"] = HttpStatusCode.BadGateway;

        var first = await Sender(connector).RunTenantAsync(Tenant, DigestExamples.Week);
        connector.Refuse.Clear();
        var second = await Sender(connector).RunTenantAsync(Tenant, DigestExamples.Week);

        Assert.Equal((1, 1, Subscribers - 1), (first.Pending, second.Sent, second.AlreadyDone));
        AssertEachReceivedOnce(connector);
    }

    [Fact]
    public async Task Without_risers_on_the_subscribers_topics_nothing_is_sent_and_the_week_is_settled()
    {
        await SubscribeAsync(topics: ["Terraform"]);
        var connector = new CountingConnector();

        var summary = await Sender(connector).RunTenantAsync(Tenant, DigestExamples.Week);

        Assert.Equal((0, Subscribers), (summary.Sent, summary.Empty));
        Assert.Equal(0, connector.Sends);
    }

    [Fact]
    public async Task The_card_links_a_chart_served_from_storage_under_an_unguessable_id()
    {
        await SubscribeAsync(count: 1);
        var sent = new List<Activity>();
        var connector = new CapturingConnector(sent);

        await Sender(connector, new Uri("https://bot.contoso.example/")).RunTenantAsync(Tenant, DigestExamples.Week);

        var card = System.Text.Json.JsonSerializer.Serialize(Assert.Single(Assert.Single(sent).Attachments!).Content);
        var match = System.Text.RegularExpressions.Regex.Match(card, @"https://bot\.contoso\.example/digest/charts/(?<id>[0-9a-f]{32})\.png");
        Assert.True(match.Success, card);
        var png = await new ChartStore(Tables, time).GetAsync(match.Groups["id"].Value);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png![..4]);
        Assert.Contains("\"verb\":\"endorse\"", card, StringComparison.Ordinal);
        Assert.DoesNotContain("nina", match.Value, StringComparison.Ordinal);
    }

    private static void AssertEachReceivedOnce(params CountingConnector[] connectors)
    {
        for (var i = 0; i < Subscribers; i++)
        {
            Assert.Equal(1, connectors.Sum(c => c.Received.GetValueOrDefault($"a:conv-{i}")));
        }
    }

    private SubscriptionStore Subscriptions() => new(Tables, trusted);

    private async Task SubscribeAsync(int count = Subscribers, string[]? topics = null)
    {
        var store = Subscriptions();
        await Parallel.ForAsync(0, count, async (i, ct) => await store.SaveAsync(new Subscription(
            Tenant, Subscription.PersonKey($"user-{i}"), $"user-{i}", topics ?? ["Kubernetes"], "en",
            "https://smba.trafficmanager.net/emea/", "28:bot", $"a:conv-{i}", "personal", $"29:user-{i}"), ct));
    }

    private DigestSender Sender(IConnectorClient connector, Uri? publicBaseUrl = null) => new(
        Subscriptions(),
        new DeliveryStore(Tables, time),
        new ChartStore(Tables, time),
        new PreferenceStore(Tables, time),
        new FixedOrganisation(DigestExamples.NinaRisingOnKubernetes),
        connector,
        time,
        Options.Create(new DigestOptions { MessagesPerSecond = 0, PublicBaseUrl = publicBaseUrl, Concurrency = 4 }),
        NullLogger<DigestSender>.Instance);


    private sealed class CapturingConnector(List<Activity> sent) : IConnectorClient
    {
        public Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
        {
            lock (sent)
            {
                sent.Add(activity);
            }

            return Task.FromResult<string?>("id");
        }

        public Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
            SendAsync(serviceUrl, conversationId, activity, cancellationToken);

        public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<string> CreateConversationAsync(string serviceUrl, string botId, string userId, string tenantId, CancellationToken cancellationToken = default) =>
            Task.FromResult("a:1to1");
    }
}
