using ExpertBot.Hosting;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Graph;

/// <summary>
/// The attempt timeout bounds one attempt only: a wait for Retry-After is not an attempt, so Graph may ask for a
/// long wait without failing the run (issue #12, item 5), while a hung attempt is abandoned and sent again.
/// </summary>
[Collection(AzuriteTables.Name)]
public sealed class GraphResilienceTests : IDisposable
{
    private readonly FakeGraph graph = new();

    public void Dispose() => graph.Dispose();

    [Fact]
    public void A_batch_step_throttled_with_Retry_After_waits_more_than_it_asks_whatever_the_jitter()
    {
        // Timers fire a millisecond or so early: with the jitter near nothing, a step came again 1.7 ms before its
        // Retry-After. The wait keeps the margin every other request keeps.
        var waits = Enumerable.Range(0, 2000).Select(_ => ExpertBot.Graph.GraphResilience.WaitBefore(1, TimeSpan.FromSeconds(1))).ToArray();

        Assert.All(waits, w => Assert.True(w >= TimeSpan.FromSeconds(1) + RetryAfterDelay.TimerMargin, $"{w.TotalMilliseconds} ms"));
        Assert.All(waits, w => Assert.True(w < TimeSpan.FromSeconds(1.5), $"{w.TotalMilliseconds} ms"));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_attempt_timeout_is_waited_for_and_the_sync_succeeds()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(8).WithWork(8);
        graph.Fail("/users", 429, count: 1, retryAfterSeconds: 3);
        graph.Fail("site-engineering-drive/root/delta", 503, count: 1, retryAfterSeconds: 3);
        await using var bot = new GraphSyncHarness(graph, settings: s => s["Graph:AttemptTimeoutSeconds"] = "1");

        await bot.SyncAsync();

        Assert.Equal(tenant.Findable.Order(), (await bot.StoredPeopleAsync()).Order());
        Assert.Equal(8 * 5, (await bot.StoredItemsAsync()).Count);
        var retries = graph.Retries;
        Assert.Equal(2, retries.Count);
        Assert.All(retries, r => Assert.True(r.Waited >= r.RetryAfter, $"{r.PathAndQuery} came again after {r.Waited.TotalMilliseconds} ms"));
    }

    [Fact]
    public async Task A_hung_attempt_is_abandoned_after_the_attempt_timeout_and_sent_again()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(8).WithWork(8);
        var (release, arrived) = graph.Hold("/users");
        await using var bot = new GraphSyncHarness(graph, settings: s => s["Graph:AttemptTimeoutSeconds"] = "1");

        var sync = bot.SyncAsync();
        await arrived.WaitAsync(TimeSpan.FromSeconds(30));
        // Past the attempt timeout (1 s) and the first back-off (about 1 s): the client gave up on the held attempt.
        await Task.Delay(TimeSpan.FromSeconds(3));
        release.SetResult();
        await sync;

        Assert.Equal(tenant.Findable.Order(), (await bot.StoredPeopleAsync()).Order());
        var first = graph.Requests.First(r => r.PathAndQuery.Contains("/users", StringComparison.Ordinal)).PathAndQuery;
        Assert.True(graph.Requests.Count(r => r.PathAndQuery == first) >= 2, $"{first} was sent once: the hung attempt was not abandoned");
    }
}
