using System.Net;
using ExpertBot.Teams;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Teams;

/// <summary>With no MicrosoftAppId the bot takes unauthenticated activities, but only from this machine, about this machine.</summary>
public sealed class DevelopmentModeTests
{
    private const string PlaygroundServiceUrl = "http://localhost:56150/_connector";

    [Fact]
    public async Task A_loopback_caller_with_a_loopback_serviceUrl_is_accepted()
    {
        using var factory = new BotFactory(issuer: null, remoteAddress: IPAddress.Loopback);
        using var client = await factory.StartAsync();
        var activity = TestActivities.Message("who knows kubernetes?", serviceUrl: PlaygroundServiceUrl);

        using var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }

    [Fact]
    public async Task A_loopback_caller_with_a_remote_serviceUrl_is_refused()
    {
        using var factory = new BotFactory(issuer: null, remoteAddress: IPAddress.Loopback);
        using var client = await factory.StartAsync();
        var activity = TestActivities.Message("who knows kubernetes?", serviceUrl: "https://attacker.example/");

        using var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(factory.Connector.Sent);
    }

    [Fact]
    public async Task A_remote_caller_is_refused_even_with_a_loopback_serviceUrl()
    {
        using var factory = new BotFactory(issuer: null, remoteAddress: IPAddress.Parse("203.0.113.7"));
        using var client = await factory.StartAsync();
        var activity = TestActivities.Message("who knows kubernetes?", serviceUrl: PlaygroundServiceUrl);

        using var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(factory.Connector.Sent);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("file://localhost/_connector")]
    [InlineData("ftp://127.0.0.1/_connector")]
    [InlineData("gopher://localhost:56150/_connector")]
    [InlineData("http://localhost@attacker.example/_connector")]
    [InlineData("http://127.0.0.1:56150@attacker.example/_connector")]
    [InlineData("http://localhost:56150/_connector#@attacker.example")]
    [InlineData("http://127.0.0.1:0/_connector")]
    public async Task A_serviceUrl_that_is_not_plain_http_on_loopback_is_a_bad_request_and_never_trusted(string serviceUrl)
    {
        using var factory = new BotFactory(issuer: null, remoteAddress: IPAddress.Loopback);
        using var client = await factory.StartAsync();
        var activity = TestActivities.Message("who knows kubernetes?", serviceUrl: serviceUrl);

        using var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(factory.Connector.Sent);
        Assert.False(factory.Services.GetRequiredService<TrustedServiceUrls>().IsTrusted(serviceUrl));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("file://localhost/_connector")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("http://localhost@attacker.example/")]
    [InlineData("http://attacker.example/")]
    public void A_service_url_that_is_not_https_or_http_on_loopback_is_never_trusted(string serviceUrl)
    {
        var trusted = new TrustedServiceUrls();

        trusted.Trust(serviceUrl);

        Assert.False(trusted.IsTrusted(serviceUrl));
    }

    [Theory]
    [InlineData(PlaygroundServiceUrl)]
    [InlineData("http://127.0.0.1:3979/_connector")]
    [InlineData("http://[::1]:3979/")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    public void Https_and_http_on_loopback_service_urls_are_trusted_once_seen(string serviceUrl)
    {
        var trusted = new TrustedServiceUrls();

        trusted.Trust(serviceUrl);

        Assert.True(trusted.IsTrusted(serviceUrl));
    }

    [Fact]
    public async Task The_Agents_Playgrounds_tenant_id_which_is_not_a_GUID_is_accepted_in_local_mode_only()
    {
        // What the playground sends (its default tenantId has 13 digits in the last group).
        const string playgroundTenant = "00000000-0000-0000-0000-0000000000001";
        using var factory = new BotFactory(issuer: null, remoteAddress: IPAddress.Loopback);
        using var client = await factory.StartAsync();
        var activity = TestActivities.Message("help", serviceUrl: PlaygroundServiceUrl);
        activity["channelData"]!["tenant"]!["id"] = playgroundTenant;
        activity["conversation"]!["tenantId"] = playgroundTenant;

        using var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }
}
