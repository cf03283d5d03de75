using ExpertBot.Hosting;
using ExpertBot.Storage;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ExpertBot.Tests.Hosting;

public sealed class TableStorageHealthCheckTests
{
    [Fact]
    public async Task One_storage_check_answers_every_probe_until_the_cache_time_has_passed()
    {
        var (azurite, connectionString) = Azurite.StartPrivate();
        try
        {
            var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var clientOptions = TableClients.DefaultClientOptions();
            clientOptions.Retry.MaxRetries = 0;
            var tables = new TableClients(Options.Create(new StorageOptions { ConnectionString = connectionString, TablePrefix = "h" + Guid.NewGuid().ToString("N")[..8] }), clientOptions);
            var check = new TableStorageHealthCheck(
                tables,
                Options.Create(new HealthOptions { StorageCacheSeconds = 5, StorageTimeoutSeconds = 5 }),
                time,
                NullLogger<TableStorageHealthCheck>.Instance);

            Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
            azurite.Kill(entireProcessTree: true);
            await azurite.WaitForExitAsync();

            time.Advance(TimeSpan.FromSeconds(4));
            Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

            time.Advance(TimeSpan.FromSeconds(2));
            var after = await check.CheckHealthAsync(new HealthCheckContext());
            Assert.Equal(HealthStatus.Unhealthy, after.Status);
            Assert.StartsWith("Table Storage failed", after.Description, StringComparison.Ordinal);
        }
        finally
        {
            if (!azurite.HasExited)
            {
                azurite.Kill(entireProcessTree: true);
            }

            azurite.Dispose();
        }
    }
}
