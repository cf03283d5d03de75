using System.Net;
using System.Text.Json;
using ExpertBot.Digest;
using ExpertBot.Expertise;
using ExpertBot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ExpertBot.Tests.Digest;

/// <summary>
/// POST /dev/digest sends token-bearing messages to every subscriber: through the real host, only a caller on
/// this machine may trigger it, only in local mode (no app id), and the charts it links never follow the Host header.
/// </summary>
public sealed class DevDigestEndpointTests
{
    private const string Conversation = "a:conv-dev";
    private const string PublicBaseUrl = "https://bot.contoso.example/";

    [Fact]
    public async Task In_local_mode_a_loopback_caller_sends_the_digest_with_charts_at_the_configured_address_whatever_the_Host_header()
    {
        using var bot = new BotFactory(issuer: null, remoteAddress: IPAddress.Loopback);
        using var host = await WithSubscriberAsync(bot);

        using var response = await PostAsync(host, hostHeader: "attacker.example");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("sent").GetInt32());
        var card = JsonSerializer.Serialize(Assert.Single(Assert.Single(bot.Connector.SentTo(Conversation)).Attachments!).Content);
        Assert.Matches(@"https://bot\.contoso\.example/digest/charts/[0-9a-f]{32}\.png", card);
        Assert.DoesNotContain("attacker.example", card, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task In_local_mode_a_caller_from_another_machine_is_refused_and_nothing_is_sent()
    {
        using var bot = new BotFactory(issuer: null, remoteAddress: IPAddress.Parse("203.0.113.7"));
        using var host = await WithSubscriberAsync(bot);

        using var response = await PostAsync(host);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Connector.Sent);
    }

    [Fact]
    public async Task With_an_app_id_there_is_no_dev_digest_even_in_Development_and_even_from_loopback()
    {
        await using var issuer = await TestIssuer.StartAsync("msteams");
        using var bot = new BotFactory(issuer, remoteAddress: IPAddress.Loopback);
        using var host = await WithSubscriberAsync(bot);

        using var response = await PostAsync(host);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(bot.Connector.Sent);
    }

    /// <summary>The bot host with Digest:PublicBaseUrl set, an organisation with a riser, and one subscriber.</summary>
    private static async Task<WebApplicationFactory<Program>> WithSubscriberAsync(BotFactory bot)
    {
        var host = bot.WithWebHostBuilder(builder =>
        {
            builder.ConfigureAppConfiguration((_, configuration) =>
                configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Digest:PublicBaseUrl"] = PublicBaseUrl }));
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IDigestOrganisationSource>();
                services.AddSingleton<IDigestOrganisationSource>(new FixedOrganisation(DigestExamples.NinaRisingOnKubernetes));
            });
        });
        await host.Services.GetRequiredService<SubscriptionStore>().SaveAsync(new Subscription(
            BotFactory.TenantId, Subscription.PersonKey("dev-user"), "dev-user", ["Kubernetes"], "en",
            "https://smba.trafficmanager.net/emea/", "28:bot", Conversation, "personal", "29:dev-user"));
        return host;
    }

    private static async Task<HttpResponseMessage> PostAsync(WebApplicationFactory<Program> host, string? hostHeader = null)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dev/digest?asOf=2026-11-20");
        if (hostHeader is not null)
        {
            request.Headers.Host = hostHeader;
        }

        return await client.SendAsync(request);
    }
}
