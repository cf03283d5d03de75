using System.Net;
using System.Text.Json.Nodes;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Hosting;

/// <summary>
/// Through the real host: liveness says the process answers; readiness says the bot can answer people (an index is
/// loaded and Table Storage answers), so a load balancer or services.sh waits for it instead of reading logs.
/// </summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Readiness_is_false_until_an_index_is_loaded_while_liveness_and_healthz_answer_from_the_start()
    {
        using var bot = new BotFactory(issuer: null);
        using var host = bot.WithSettings(new() { ["Expertise:SnapshotPath"] = string.Empty });
        using var client = host.CreateClient();

        var (status, body) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", (string?)body["checks"]!["index"]!["status"]);
        Assert.Equal("Healthy", (string?)body["checks"]!["table-storage"]!["status"]);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/healthz")).Status);

        host.Services.GetRequiredService<ExpertiseCatalog>().Publish(ExpertiseCatalog.AnyTenant, await TestIndexAsync());

        (status, body) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string?)body["status"]);
    }

    [Fact]
    public async Task Readiness_is_false_while_Table_Storage_is_down_and_true_again_when_it_is_back()
    {
        var (azurite, connectionString) = Azurite.StartPrivate();
        var port = new Uri(connectionString.Split("TableEndpoint=")[1].TrimEnd(';')).Port;
        try
        {
            using var bot = new BotFactory(issuer: null);
            using var host = bot.WithSettings(new()
            {
                ["Storage:ConnectionString"] = connectionString,
                ["Health:StorageCacheSeconds"] = "0",
                ["Health:StorageTimeoutSeconds"] = "2",
            });
            using var client = host.CreateClient();
            await WaitUntilAsync(() => host.Services.GetRequiredService<ExpertiseCatalog>().HasAnyIndex);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/ready")).Status);

            azurite.Kill(entireProcessTree: true);
            await azurite.WaitForExitAsync();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var (status, body) = await GetAsync(client, "/health/ready");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("Unhealthy", (string?)body["checks"]!["table-storage"]!["status"]);
            Assert.Equal("Healthy", (string?)body["checks"]!["index"]!["status"]);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"the probe took {watch.Elapsed}");
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).Status);

            azurite.Dispose();
            (azurite, _) = Azurite.StartPrivate(port);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/ready")).Status);
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

    internal static async Task<ExpertIndex> TestIndexAsync()
    {
        var snapshot = TestSnapshot.Write();
        try
        {
            return ExpertIndex.Build(await SnapshotReader.ReadAsync(snapshot));
        }
        finally
        {
            Directory.Delete(snapshot, recursive: true);
        }
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; !condition(); i++)
        {
            Assert.True(i < 200, "the test snapshot was not indexed");
            await Task.Delay(50);
        }
    }
}
