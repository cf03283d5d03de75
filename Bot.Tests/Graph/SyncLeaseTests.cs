using ExpertBot.Graph;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ExpertBot.Tests.Graph;

[Collection(AzuriteTables.Name)]
public sealed class SyncLeaseTests : IDisposable
{
    private readonly FakeGraph graph = new();

    public void Dispose() => graph.Dispose();

    [Fact]
    public async Task Two_instances_sharing_storage_never_sync_at_the_same_time_and_the_other_ranks_from_the_stored_evidence()
    {
        new FakeTenant(graph).WithOrganisation(40).WithWork(40);
        await using var first = new GraphSyncHarness(graph);
        await using var second = new GraphSyncHarness(graph, first.TablePrefix);

        var outcomes = await Task.WhenAll(first.Service.TickAsync(), second.Service.TickAsync());

        Assert.Single(outcomes, o => o == GraphSyncService.Outcome.Synced);
        Assert.Single(graph.Requests, r => r.PathAndQuery.Contains("$deltatoken=latest", StringComparison.Ordinal));
        var (holder, other) = outcomes[0] == GraphSyncService.Outcome.Synced ? (first, second) : (second, first);
        Assert.Equal(GraphSyncService.Outcome.Refreshed, await other.Service.TickAsync());
        var synced = holder.Catalog.For(GraphSyncHarness.TenantId)!;
        var refreshed = other.Catalog.For(GraphSyncHarness.TenantId)!;
        Assert.Equal(synced.PeopleCount, refreshed.PeopleCount);
        Assert.Equal(synced.ItemCount, refreshed.ItemCount);
        Assert.Equal(GraphSyncService.Outcome.Idle, await other.Service.TickAsync());
    }

    [Fact]
    public async Task Only_one_holder_wins_the_lease_until_it_is_released()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var first = new GraphSyncHarness(graph, time: time);
        await using var second = new GraphSyncHarness(graph, first.TablePrefix, time);
        var duration = TimeSpan.FromSeconds(60);

        var wins = await Task.WhenAll(first.Lease.TryAcquireAsync(GraphSyncHarness.TenantId, duration), second.Lease.TryAcquireAsync(GraphSyncHarness.TenantId, duration));

        Assert.Single(wins, w => w);
        var (holder, other) = wins[0] ? (first, second) : (second, first);
        Assert.False(await other.Lease.TryAcquireAsync(GraphSyncHarness.TenantId, duration));
        Assert.False(await other.Lease.RenewAsync(GraphSyncHarness.TenantId, duration));
        Assert.True(await holder.Lease.RenewAsync(GraphSyncHarness.TenantId, duration));

        await holder.Lease.ReleaseAsync(GraphSyncHarness.TenantId);
        Assert.True(await other.Lease.TryAcquireAsync(GraphSyncHarness.TenantId, duration));
    }

    [Fact]
    public async Task A_crashed_holders_lease_expires_and_another_instance_takes_over_the_sync()
    {
        new FakeTenant(graph).WithOrganisation(10).WithWork(10);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var crashed = new GraphSyncHarness(graph, time: time, settings: s => s["Graph:LeaseSeconds"] = "120");
        await using var survivor = new GraphSyncHarness(graph, crashed.TablePrefix, time, s => s["Graph:LeaseSeconds"] = "120");
        // The holder took the lease and died: it never renews nor releases it.
        Assert.True(await crashed.Lease.TryAcquireAsync(GraphSyncHarness.TenantId, TimeSpan.FromSeconds(120)));

        Assert.NotEqual(GraphSyncService.Outcome.Synced, await survivor.Service.TickAsync());
        time.Advance(TimeSpan.FromSeconds(119));
        Assert.NotEqual(GraphSyncService.Outcome.Synced, await survivor.Service.TickAsync());
        Assert.Empty(graph.Requests);

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(GraphSyncService.Outcome.Synced, await survivor.Service.TickAsync());
        Assert.Equal(10, survivor.Catalog.For(GraphSyncHarness.TenantId)!.PeopleCount);
        Assert.False(await crashed.Lease.RenewAsync(GraphSyncHarness.TenantId, TimeSpan.FromSeconds(120)));
    }
}
