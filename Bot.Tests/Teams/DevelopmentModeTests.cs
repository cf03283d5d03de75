using System.Net;
using ExpertBot.Tests.Support;

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
}
