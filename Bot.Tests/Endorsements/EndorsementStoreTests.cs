using Azure;
using Azure.Data.Tables;
using ExpertBot.Endorsements;
using ExpertBot.Storage;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ExpertBot.Tests.Endorsements;

/// <summary>The endorsement ledger and its by-endorsee view, against Azurite's Table service.</summary>
[Collection(AzuriteTables.Name)]
public sealed class EndorsementStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string Topic = "kubernetes";
    private readonly string prefix = "e" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task A_double_click_is_idempotent_the_second_endorse_is_AlreadyEndorsed_and_each_table_holds_one_row()
    {
        var store = Store();

        Assert.Equal(EndorseOutcome.Endorsed, await store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 20));
        Assert.Equal(EndorseOutcome.AlreadyEndorsed, await store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 20));

        Assert.Single(await store.GivenByAsync(Tenant, "p-dana"));
        Assert.Single(await store.ReceivedByAsync(Tenant, "p-alice"));
        Assert.Equal(1, await BudgetSpentAsync(Tenant, "p-dana"));
    }

    [Fact]
    public async Task A_hundred_concurrent_endorsements_of_the_same_pair_leave_one_row_and_spend_the_budget_once()
    {
        var store = Store();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ =>
            Task.Run(() => store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 20))));

        Assert.Equal(1, outcomes.Count(o => o == EndorseOutcome.Endorsed));
        Assert.Equal(99, outcomes.Count(o => o == EndorseOutcome.AlreadyEndorsed));
        Assert.Single(await store.GivenByAsync(Tenant, "p-dana"));
        Assert.Single(await store.ReceivedByAsync(Tenant, "p-alice"));
        Assert.Equal(1, await BudgetSpentAsync(Tenant, "p-dana"));
    }

    [Fact]
    public async Task A_hundred_concurrent_endorsements_by_one_endorser_never_exceed_the_weekly_budget()
    {
        var store = Store();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            Task.Run(() => store.EndorseAsync(Tenant, "p-dana", $"p-{i:000}", Topic, "Kubernetes", 20))));

        Assert.Equal(20, outcomes.Count(o => o == EndorseOutcome.Endorsed));
        Assert.Equal(80, outcomes.Count(o => o == EndorseOutcome.BudgetSpent));
        Assert.Equal(20, (await store.GivenByAsync(Tenant, "p-dana")).Count);
        Assert.Equal(20, (await store.AllAsync(Tenant)).Count);
        Assert.Equal(20, await BudgetSpentAsync(Tenant, "p-dana"));
    }

    [Fact]
    public async Task The_budget_is_weekly_and_withdrawing_does_not_give_one_back()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
        var store = Store(time: time);

        Assert.Equal(EndorseOutcome.Endorsed, await store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 1));
        Assert.True(await store.WithdrawAsync(Tenant, "p-dana", "p-alice", Topic));
        Assert.Equal(EndorseOutcome.BudgetSpent, await store.EndorseAsync(Tenant, "p-dana", "p-bernard", Topic, "Kubernetes", 1));

        time.Advance(TimeSpan.FromDays(7));

        Assert.Equal(EndorseOutcome.Endorsed, await store.EndorseAsync(Tenant, "p-dana", "p-bernard", Topic, "Kubernetes", 1));
    }

    [Fact]
    public async Task Withdrawing_removes_both_rows_and_withdrawing_again_is_harmless()
    {
        var store = Store();
        await store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 20);

        Assert.True(await store.WithdrawAsync(Tenant, "p-dana", "p-alice", Topic));
        Assert.False(await store.WithdrawAsync(Tenant, "p-dana", "p-alice", Topic));

        Assert.Empty(await store.GivenByAsync(Tenant, "p-dana"));
        Assert.Empty(await store.ReceivedByAsync(Tenant, "p-alice"));
        Assert.Empty(await store.AllAsync(Tenant));
    }

    [Fact]
    public async Task Tenants_never_see_each_others_endorsements_even_when_one_tenant_id_is_a_prefix_of_another()
    {
        var store = Store();
        await store.EndorseAsync("tenant-a", "p-dana", "p-alice", Topic, "Kubernetes", 20);
        await store.EndorseAsync("tenant-b", "p-dana", "p-alice", Topic, "Kubernetes", 20);
        await store.EndorseAsync("tenant-a2", "p-erin", "p-alice", Topic, "Kubernetes", 20);

        var all = await store.AllAsync("tenant-a");

        Assert.All(all, e => Assert.Equal("tenant-a", e.TenantId));
        Assert.Equal("p-dana", Assert.Single(all).EndorserId);
        Assert.Equal("tenant-a", Assert.Single(await store.ReceivedByAsync("tenant-a", "p-alice")).TenantId);
        Assert.Equal("tenant-a", Assert.Single(await store.GivenByAsync("tenant-a", "p-dana")).TenantId);
        Assert.Empty(await store.GivenByAsync("tenant-a", "p-erin"));

        // Withdrawing in one tenant leaves the same pair in the other untouched.
        Assert.True(await store.WithdrawAsync("tenant-b", "p-dana", "p-alice", Topic));
        Assert.Single(await store.AllAsync("tenant-a"));
        Assert.Single(await store.AllAsync("tenant-a2"));
        Assert.Empty(await store.AllAsync("tenant-b"));
    }

    [Theory]
    [InlineData("p-alice", "p-alice")]
    [InlineData("P-ALICE", "p-alice")]
    public async Task Self_endorsement_is_refused_and_writes_nothing(string endorser, string endorsee)
    {
        var store = Store();

        Assert.Equal(EndorseOutcome.SelfEndorsement, await store.EndorseAsync(Tenant, endorser, endorsee, Topic, "Kubernetes", 20));

        Assert.Empty(await store.AllAsync(Tenant));
        Assert.Empty(await store.ReceivedByAsync(Tenant, endorsee));
        Assert.Equal(0, await BudgetSpentAsync(Tenant, endorser));
    }

    [Fact]
    public async Task A_transaction_whose_response_is_lost_after_the_server_committed_counts_once_and_is_reported_as_new()
    {
        var fault = new FaultInjectionPolicy(FaultInjectionPolicy.Batch, count: 1, afterCommit: true);
        var store = Store(fault);

        Assert.Equal(EndorseOutcome.Endorsed, await store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 20));

        Assert.Equal(1, fault.Injected);
        Assert.Single(await store.GivenByAsync(Tenant, "p-dana"));
        Assert.Single(await store.ReceivedByAsync(Tenant, "p-alice"));
        Assert.Equal(1, await BudgetSpentAsync(Tenant, "p-dana"));
    }

    [Fact]
    public async Task A_store_failing_beyond_the_retries_loses_nothing_when_the_same_endorse_is_retried()
    {
        // Six lost responses: the first try and the five retries all commit-then-fail (only the first commits).
        var fault = new FaultInjectionPolicy(FaultInjectionPolicy.Batch, count: 6, afterCommit: true);
        var store = Store(fault);

        await Assert.ThrowsAnyAsync<RequestFailedException>(() => store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 20));
        Assert.Equal(6, fault.Injected);

        var retried = await store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 20);

        Assert.Equal(EndorseOutcome.AlreadyEndorsed, retried);
        Assert.Single(await store.GivenByAsync(Tenant, "p-dana"));
        Assert.Single(await store.ReceivedByAsync(Tenant, "p-alice"));
        Assert.Equal(1, await BudgetSpentAsync(Tenant, "p-dana"));
    }

    [Fact]
    public async Task A_store_answering_503_before_committing_loses_nothing_and_spends_nothing_until_the_retry()
    {
        var fault = new FaultInjectionPolicy(FaultInjectionPolicy.Batch, count: 6, afterCommit: false);
        var store = Store(fault);

        await Assert.ThrowsAnyAsync<RequestFailedException>(() => store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 20));
        Assert.Empty(await store.GivenByAsync(Tenant, "p-dana"));
        Assert.Equal(0, await BudgetSpentAsync(Tenant, "p-dana"));

        Assert.Equal(EndorseOutcome.Endorsed, await store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 20));
        Assert.Single(await store.GivenByAsync(Tenant, "p-dana"));
        Assert.Single(await store.ReceivedByAsync(Tenant, "p-alice"));
        Assert.Equal(1, await BudgetSpentAsync(Tenant, "p-dana"));
    }

    [Fact]
    public async Task A_view_write_that_fails_after_the_ledger_committed_is_repaired_by_the_retry()
    {
        var fault = new FaultInjectionPolicy(FaultInjectionPolicy.WritesTo(prefix + EndorsementStore.ReceivedTable), count: 6, afterCommit: false);
        var store = Store(fault);

        await Assert.ThrowsAnyAsync<RequestFailedException>(() => store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 20));
        Assert.Single(await store.GivenByAsync(Tenant, "p-dana"));
        Assert.Empty(await store.ReceivedByAsync(Tenant, "p-alice"));

        Assert.Equal(EndorseOutcome.AlreadyEndorsed, await store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 20));
        Assert.Single(await store.ReceivedByAsync(Tenant, "p-alice"));
        Assert.Equal(1, await BudgetSpentAsync(Tenant, "p-dana"));
    }

    [Fact]
    public async Task Forgetting_a_person_deletes_the_endorsements_they_gave_and_received_and_no_one_elses()
    {
        var store = Store();
        await store.EndorseAsync(Tenant, "p-dana", "p-alice", Topic, "Kubernetes", 20);
        await store.EndorseAsync(Tenant, "p-alice", "p-bernard", Topic, "Kubernetes", 20);
        await store.EndorseAsync(Tenant, "p-bernard", "p-chloe", Topic, "Kubernetes", 20);

        Assert.Equal(2, await store.ForgetAsync(Tenant, "p-alice"));

        var left = Assert.Single(await store.AllAsync(Tenant));
        Assert.Equal(("p-bernard", "p-chloe"), (left.EndorserId, left.EndorseeId));
        Assert.Empty(await store.ReceivedByAsync(Tenant, "p-alice"));
        Assert.Empty(await store.ReceivedByAsync(Tenant, "p-bernard"));
    }

    private EndorsementStore Store(FaultInjectionPolicy? fault = null, TimeProvider? time = null)
    {
        var clientOptions = TableClients.DefaultClientOptions();
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        if (fault is not null)
        {
            clientOptions.AddPolicy(fault, Azure.Core.HttpPipelinePosition.PerRetry);
        }

        var tables = new TableClients(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix }), clientOptions);
        return new EndorsementStore(tables, time ?? TimeProvider.System);
    }

    /// <summary>The budget row of this week, read straight from the ledger table.</summary>
    private async Task<int> BudgetSpentAsync(string tenantId, string endorserId)
    {
        var table = new TableClient(azurite.ConnectionString, prefix + EndorsementStore.GivenTable);
        await table.CreateIfNotExistsAsync();
        var total = 0;
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Partition(tenantId, endorserId)))
        {
            if (e.RowKey.StartsWith("~budget|", StringComparison.Ordinal))
            {
                total += e.GetInt32("Count") ?? 0;
            }
        }

        return total;
    }
}
