using ExpertBot.Digest;
using ExpertBot.Storage;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ExpertBot.Tests.Digest;

/// <summary>The digest's tables stop growing: old delivery records and charts go, this week's stay (real Table Storage).</summary>
[Collection(AzuriteTables.Name)]
public sealed class DigestRetentionTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Week = new(2026, 11, 22);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly TableClients tables = azurite.FreshTables("r");

    [Fact]
    public async Task Delivery_records_older_than_the_kept_weeks_go_for_every_tenant_and_recent_ones_stay()
    {
        var deliveries = new DeliveryStore(tables, time);
        var old = Week.AddDays(-7 * 9);
        var kept = Week.AddDays(-7 * 8);
        foreach (var (tenant, week) in new[] { ("tenant|a", old), ("tenant|a", kept), ("tenant-b", old), ("tenant-b", Week) })
        {
            foreach (var subscriber in (string[])["person:1", "person:2", "conversation:19:abc/def"])
            {
                var (claim, _) = await deliveries.TryClaimAsync(tenant, week, subscriber, "test", TimeSpan.FromMinutes(5));
                Assert.True(await deliveries.SettleAsync(claim!, DeliveryState.Sent));
            }
        }

        var (purged, _) = await Retention(deliveries).PurgeAsync(Week);

        Assert.Equal(6, purged);
        Assert.Empty(await deliveries.ListAsync("tenant|a", old));
        Assert.Empty(await deliveries.ListAsync("tenant-b", old));
        Assert.Equal(3, (await deliveries.ListAsync("tenant|a", kept)).Count);
        Assert.Equal(3, (await deliveries.ListAsync("tenant-b", Week)).Count);
        Assert.Equal((0, 0), await Retention(deliveries).PurgeAsync(Week));
    }

    [Fact]
    public async Task Charts_older_than_the_kept_weeks_go_and_newer_ones_are_still_served()
    {
        var charts = new ChartStore(tables, time);
        var oldChart = await charts.SaveAsync([0x89, 0x50, 0x4E, 0x47]);
        time.Advance(TimeSpan.FromDays(7 * 20));
        var newChart = await charts.SaveAsync([0x89, 0x50, 0x4E, 0x47, 1]);
        time.Advance(TimeSpan.FromDays(7 * 7));

        var (_, purged) = await Retention(new DeliveryStore(tables, time), charts).PurgeAsync(Week);

        Assert.Equal(1, purged);
        Assert.Null(await charts.GetAsync(oldChart));
        Assert.NotNull(await charts.GetAsync(newChart));
    }

    private DigestRetention Retention(DeliveryStore deliveries, ChartStore? charts = null) => new(
        deliveries,
        charts ?? new ChartStore(tables, time),
        time,
        Options.Create(new DigestOptions { KeepDeliveriesWeeks = 8, KeepChartsWeeks = 26 }),
        NullLogger<DigestRetention>.Instance);
}
