using System.Diagnostics;
using ExpertBot.Presence;
using ExpertBot.Tests.Graph;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Presence;

/// <summary>Availability through the real Graph SDK against the fake Graph: one call for many people, cached, and never an error on a card.</summary>
[Collection(AzuriteTables.Name)]
public sealed class GraphPresenceReaderTests : IDisposable
{
    private readonly FakeGraph graph = new();

    public void Dispose() => graph.Dispose();

    [Fact]
    public async Task Presence_of_many_people_comes_in_one_call_and_past_650_ids_in_calls_of_at_most_650()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(700);
        graph.Presences[FakeTenant.UserId(1)] = FakeGraph.Presence("Busy", "InAMeeting");
        graph.Presences[FakeTenant.UserId(2)] = FakeGraph.Presence("DoNotDisturb", "Presenting");
        graph.Presences[FakeTenant.UserId(699)] = FakeGraph.Presence("AvailableIdle", "Available");
        await using var bot = new PresenceHarness(graph);

        var card = await bot.Reader.GetAsync(GraphSyncHarness.TenantId, [FakeTenant.UserId(0), FakeTenant.UserId(1), FakeTenant.UserId(2)]);

        Assert.Single(graph.PresenceCalls);
        Assert.Equal(new Availability(PresenceStatus.Offline), card[FakeTenant.UserId(0)]);
        Assert.Equal(new Availability(PresenceStatus.Busy), card[FakeTenant.UserId(1)]);
        Assert.Equal(new Availability(PresenceStatus.DoNotDisturb), card[FakeTenant.UserId(2)]);

        graph.PresenceCalls.Clear();
        var everyone = await bot.Reader.GetAsync(GraphSyncHarness.TenantId, tenant.Findable);

        // Three were cached: 697 asked, in one call of 650 and one of 47; none refused for asking too many.
        Assert.Equal([650, 47], graph.PresenceCalls.Select(c => c.Length).Order().Reverse());
        Assert.DoesNotContain(graph.Requests, r => r.Status == 400);
        Assert.Equal(700, everyone.Count);
        Assert.Equal(PresenceStatus.Available, everyone[FakeTenant.UserId(699)].Status);
    }

    [Fact]
    public async Task A_second_read_within_the_cache_lifetime_makes_no_call_and_another_tenant_gets_nothing()
    {
        new FakeTenant(graph).WithOrganisation(5);
        graph.Presences[FakeTenant.UserId(3)] = FakeGraph.Presence("Away", "Away");
        await using var bot = new PresenceHarness(graph);
        string[] shown = [FakeTenant.UserId(3), FakeTenant.UserId(4)];

        var first = await bot.Reader.GetAsync(GraphSyncHarness.TenantId, shown);
        graph.ClearLog();
        var second = await bot.Reader.GetAsync(GraphSyncHarness.TenantId.ToUpperInvariant(), shown);
        var other = await bot.Reader.GetAsync("11111111-2222-4333-8444-555555555555", shown);

        Assert.Empty(graph.Requests);
        Assert.Equal(first, second);
        Assert.Equal(PresenceStatus.Away, second[FakeTenant.UserId(3)].Status);
        Assert.Empty(other);
    }

    [Fact]
    public async Task Out_of_office_people_come_with_the_end_of_their_scheduled_automatic_replies()
    {
        new FakeTenant(graph).WithOrganisation(5);
        var back = DateTime.UtcNow.Date.AddDays(9).AddHours(7);
        graph.Presences[FakeTenant.UserId(1)] = FakeGraph.Presence("Away", "OutOfOffice", outOfOffice: true);
        graph.AutomaticReplies[FakeTenant.UserId(1)] = FakeGraph.ScheduledReplies(DateTime.UtcNow.Date.AddDays(-2), back);
        // Out of office from a calendar event, with automatic replies off: no date to show.
        graph.Presences[FakeTenant.UserId(2)] = FakeGraph.Presence("Offline", "OffWork", outOfOffice: true);
        graph.Presences[FakeTenant.UserId(3)] = FakeGraph.Presence("Available", "Available");
        await using var bot = new PresenceHarness(graph);

        var card = await bot.Reader.GetAsync(GraphSyncHarness.TenantId, [FakeTenant.UserId(1), FakeTenant.UserId(2), FakeTenant.UserId(3)]);

        Assert.Equal(new Availability(PresenceStatus.Away, true, new DateTimeOffset(back, TimeSpan.Zero)), card[FakeTenant.UserId(1)]);
        Assert.Equal(new Availability(PresenceStatus.Offline, true), card[FakeTenant.UserId(2)]);
        Assert.Equal(new Availability(PresenceStatus.Available), card[FakeTenant.UserId(3)]);
        // One presence call, then one $batch for the two out of office only.
        Assert.Equal(["/v1.0/communications/getPresencesByUserId", "/v1.0/$batch"], graph.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task A_throttled_presence_call_is_sent_again_after_its_Retry_After()
    {
        new FakeTenant(graph).WithOrganisation(3);
        graph.Presences[FakeTenant.UserId(0)] = FakeGraph.Presence("Busy", "InACall");
        graph.Fail("getPresencesByUserId", 429, count: 1, retryAfterSeconds: 1);
        await using var bot = new PresenceHarness(graph);

        var card = await bot.Reader.GetAsync(GraphSyncHarness.TenantId, [FakeTenant.UserId(0)]);

        Assert.Equal(PresenceStatus.Busy, card[FakeTenant.UserId(0)].Status);
        var retry = Assert.Single(graph.Retries);
        Assert.True(retry.Waited >= retry.RetryAfter, $"sent again after {retry.Waited.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Without_the_permission_presence_is_unknown_without_an_error_logged_once_and_Graph_is_left_alone()
    {
        new FakeTenant(graph).WithOrganisation(3);
        graph.Fail("getPresencesByUserId", 403, count: 10);
        await using var bot = new PresenceHarness(graph);

        var first = await bot.Reader.GetAsync(GraphSyncHarness.TenantId, [FakeTenant.UserId(0)]);
        var second = await bot.Reader.GetAsync(GraphSyncHarness.TenantId, [FakeTenant.UserId(1)]);

        Assert.Empty(first);
        Assert.Empty(second);
        Assert.Single(graph.Requests);
        Assert.Single(bot.Logs.Lines, l => l.Contains("grant Presence.Read.All", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hung_Graph_answers_unknown_within_the_timeout()
    {
        new FakeTenant(graph).WithOrganisation(3);
        var (release, _) = graph.Hold("getPresencesByUserId");
        await using var bot = new PresenceHarness(graph, s => s["Presence:TimeoutMilliseconds"] = "500");
        try
        {
            var watch = Stopwatch.StartNew();
            var card = await bot.Reader.GetAsync(GraphSyncHarness.TenantId, [FakeTenant.UserId(0)]);
            watch.Stop();

            Assert.Empty(card);
            Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        }
        finally
        {
            release.SetResult();
        }
    }
}
