using ExpertBot.Storage;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ExpertBot.Tests.Digest;

/// <summary>
/// The weekly run across instances and crashes, through the scheduler's own path (the hosted service as
/// production registers it, real Azurite, a fake connector): a week is finished after any crash, a lease
/// held by a dead instance delays it but never cancels it, and the lease is kept while a send is slow.
/// </summary>
[Collection(AzuriteTables.Name)]
public sealed class DigestSchedulerTests
{
    private const int Subscribers = 20;
    private const int Concurrency = 4;
    private const string LeaseName = "digest";
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(1);
    private readonly string prefix = "s" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task A_sender_killed_mid_send_is_completed_by_another_instance_and_only_the_cards_in_flight_may_arrive_twice()
    {
        var deadClock = new FakeTimeProvider(DigestInstance.SendTime);
        var dying = new CountingConnector { HangAfter = 8 };
        await using var dead = new DigestInstance(prefix, deadClock, dying);
        await dead.SubscribeAsync(Subscribers);
        await dead.StartAsync();
        // 8 cards sent and recorded, then one card per worker accepted by the connector and the process killed
        // before the answer: its clock stops, it renews and releases nothing.
        await EventuallyAsync(() => dying.Unanswered.Count == Concurrency, "the dying instance's workers to hang");

        var clock = new FakeTimeProvider(DigestInstance.SendTime);
        var survivor = new CountingConnector();
        await using var other = new DigestInstance(prefix, clock, survivor);
        await other.StartAsync();
        var finished = await StepUntilAsync(async () => await other.SettledAsync() == Subscribers, clock);
        await StepAsync(5, clock);

        Assert.True(finished, $"the week was not finished: {await other.SettledAsync()} of {Subscribers} settled, {survivor.Sends} sent by the survivor");
        var received = Received(dying, survivor);
        Assert.All(received, r => Assert.InRange(r.Value, 1, 2));
        // At-least-once only for the sends in flight at the kill: at most one per worker, each at most twice.
        var twice = received.Where(r => r.Value == 2).Select(r => r.Key).Order().ToArray();
        Assert.Equal(dying.Unanswered.Order().ToArray(), twice);
        Assert.InRange(twice.Length, 0, Concurrency);
    }

    [Fact]
    public async Task An_instance_that_cannot_take_the_lease_does_not_give_up_the_week_and_completes_it_after_the_owner_died()
    {
        var clock = new FakeTimeProvider(DigestInstance.SendTime);
        var connector = new CountingConnector();
        await using var instance = new DigestInstance(prefix, clock, connector);
        await instance.SubscribeAsync(Subscribers);
        // Another instance took the lease and died before sending anything: it never renews nor releases it.
        Assert.True(await instance.Leases.TryAcquireAsync(LeaseStore.AllTenants, LeaseName, "dead-instance", TimeSpan.FromMinutes(15)));
        await instance.StartAsync();

        await StepAsync(14, clock);
        Assert.Equal(0, connector.Sends);
        Assert.DoesNotContain(instance.Logs.Lines, l => l.Contains("Next weekly digest", StringComparison.Ordinal));

        var finished = await StepUntilAsync(async () => await instance.SettledAsync() == Subscribers, clock);

        Assert.True(finished, $"the week was given up: {await instance.SettledAsync()} of {Subscribers} settled");
        Assert.All(Received(connector), r => Assert.Equal(1, r.Value));
        await EventuallyAsync(() => instance.Logs.Lines.Any(l => l.Contains("Next weekly digest", StringComparison.Ordinal)), "the next week to be scheduled");
    }

    [Fact]
    public async Task Two_instances_scheduled_at_once_deliver_exactly_one_card_each()
    {
        var clock = new FakeTimeProvider(DigestInstance.SendTime);
        var (firstConnector, secondConnector) = (new CountingConnector(), new CountingConnector());
        await using var first = new DigestInstance(prefix, clock, firstConnector);
        await using var second = new DigestInstance(prefix, clock, secondConnector);
        await first.SubscribeAsync(Subscribers);

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        var finished = await StepUntilAsync(async () => await first.SettledAsync() == Subscribers, clock);
        await StepAsync(5, clock);

        Assert.True(finished);
        Assert.All(Received(firstConnector, secondConnector), r => Assert.Equal(1, r.Value));
    }

    [Fact]
    public async Task A_send_slower_than_the_lease_term_keeps_the_lease_until_the_run_ends()
    {
        var clock = new FakeTimeProvider(DigestInstance.SendTime);
        // The first card takes ten minutes to go out (the connector's retries honouring long Retry-Afters): longer
        // than the lease term, and than a lease sized from the claim time.
        var slow = new CountingConnector { Clock = clock, Takes = n => n == 1 ? TimeSpan.FromMinutes(10) : TimeSpan.Zero };
        var settings = new Dictionary<string, string?> { ["Digest:LeaseMinutes"] = "1", ["Digest:ClaimMinutes"] = "1" };
        await using var instance = new DigestInstance(prefix, clock, slow, settings);
        await instance.SubscribeAsync(Subscribers);
        await instance.StartAsync();
        await EventuallyAsync(() => slow.Received.Count == Subscribers - 1, "every other card to go out");

        var takenWhileRunning = false;
        var finished = await StepUntilAsync(
            async () =>
            {
                if (await instance.SettledAsync() == Subscribers)
                {
                    return true;
                }

                takenWhileRunning |= await instance.Leases.TryAcquireAsync(LeaseStore.AllTenants, LeaseName, "probe", TimeSpan.FromSeconds(1));
                return takenWhileRunning;
            },
            clock,
            TimeSpan.FromSeconds(15));

        Assert.False(takenWhileRunning, "another instance could take the lease while the run was still sending");
        Assert.True(finished);
        Assert.All(Received(slow), r => Assert.Equal(1, r.Value));
    }

    [Fact]
    public async Task A_run_whose_lease_was_taken_over_stops_sending()
    {
        var clock = new FakeTimeProvider(DigestInstance.SendTime);
        var slow = new CountingConnector { Clock = clock, Takes = _ => TimeSpan.FromSeconds(30) };
        var settings = new Dictionary<string, string?> { ["Digest:LeaseMinutes"] = "1", ["Digest:Concurrency"] = "1" };
        await using var instance = new DigestInstance(prefix, clock, slow, settings);
        await instance.SubscribeAsync(Subscribers);
        await instance.StartAsync();
        await StepUntilAsync(() => Task.FromResult(slow.Received.Count >= 3), clock, TimeSpan.FromSeconds(10));

        // Another instance whose clock says the lease expired (this one was paused, say) takes it over.
        var thief = new LeaseStore(instance.Tables, new FakeTimeProvider(DigestInstance.SendTime.AddHours(1)));
        Assert.True(await thief.TryAcquireAsync(LeaseStore.AllTenants, LeaseName, "thief", TimeSpan.FromMinutes(10)));
        var atTheft = slow.Received.Count;
        await StepAsync(20, clock, TimeSpan.FromSeconds(10));

        // The renewal at a third of the term notices; the card being sent then is abandoned, no new one starts.
        Assert.InRange(slow.Received.Count, atTheft, atTheft + 1);
    }

    private static Dictionary<string, int> Received(params CountingConnector[] connectors) =>
        Enumerable.Range(0, Subscribers).ToDictionary(i => $"a:conv-{i}", i => connectors.Sum(c => c.Received.GetValueOrDefault($"a:conv-{i}")));

    /// <summary>Advances the clock a step at a time, letting the instances work in between, until done (or 150 steps).</summary>
    private static async Task<bool> StepUntilAsync(Func<Task<bool>> done, FakeTimeProvider clock, TimeSpan? step = null)
    {
        for (var i = 0; i < 150; i++)
        {
            if (await done())
            {
                return true;
            }

            await StepAsync(1, clock, step);
        }

        return await done();
    }

    private static async Task StepAsync(int steps, FakeTimeProvider clock, TimeSpan? step = null)
    {
        for (var i = 0; i < steps; i++)
        {
            clock.Advance(step ?? Step);
            await Task.Delay(100);
        }
    }

    private static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        for (var waited = TimeSpan.Zero; !condition(); waited += TimeSpan.FromMilliseconds(50))
        {
            if (waited > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"Waited 30 s for {what}.");
            }

            await Task.Delay(50);
        }
    }
}
