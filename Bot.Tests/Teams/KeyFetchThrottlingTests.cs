using System.Diagnostics;
using System.Net;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Teams;

/// <summary>
/// With the issuer down before the bot ever fetched its keys, requests are refused with 503 without each one
/// making its own outbound metadata fetch, the failure is logged, and the bot recovers once the issuer answers.
/// </summary>
public sealed class KeyFetchThrottlingTests : IAsyncLifetime
{
    private const int RefreshSeconds = 1;
    private TestIssuer issuer = null!;
    private BotFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        issuer = await TestIssuer.StartAsync("msteams");
        issuer.IsDown = true;
        factory = new BotFactory(issuer, keyRefreshSeconds: RefreshSeconds);
        client = await factory.StartAsync();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await issuer.DisposeAsync();
    }

    [Fact]
    public async Task Requests_while_the_issuer_is_down_share_one_fetch_per_interval_and_the_failure_is_logged()
    {
        var token = issuer.Mint(new TokenSpec(BotFactory.AppId, AuthenticatedBot.ServiceUrl));
        var watch = Stopwatch.StartNew();

        var statuses = new List<HttpStatusCode>();
        for (var round = 0; round < 5; round++)
        {
            statuses.AddRange(await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(token))));
        }

        var elapsed = watch.Elapsed;
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s));
        // At most one attempt per interval (plus the first); before, every one of the 40 requests fetched.
        var allowed = 1 + (int)Math.Ceiling(elapsed.TotalSeconds / RefreshSeconds);
        Assert.InRange(issuer.MetadataRequests, 1, Math.Min(allowed, 39));
        Assert.Contains(factory.Logs.Lines, l => l.Contains("[1011]", StringComparison.Ordinal) && l.Contains("Warning", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(token, StringComparison.Ordinal));

        issuer.IsDown = false;
        await Task.Delay(TimeSpan.FromSeconds(RefreshSeconds) + TimeSpan.FromMilliseconds(200));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(token));
    }

    private async Task<HttpStatusCode> PostAsync(string token)
    {
        using var response = await AuthenticatedBot.PostAsync(client, TestActivities.Message("who knows kubernetes?").ToJsonString(), token);
        return response.StatusCode;
    }
}
