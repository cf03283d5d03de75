using System.Net;
using ExpertBot.Teams;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Teams;

/// <summary>The connector client against a real HTTP server: where the token goes, and how failures are retried.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly TrustedServiceUrls trusted = new();
    private FakeConnectorServer server = null!;

    public async Task InitializeAsync() => server = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
    }

    [Fact]
    public async Task The_token_is_never_sent_to_a_service_url_that_did_not_come_from_an_authenticated_activity()
    {
        var client = Client();

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(server.ServiceUrl, "a:conv", Message()));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_trusted_service_url_gets_the_bot_token_and_the_activity_id_comes_back()
    {
        trusted.Trust(server.ServiceUrl);
        server.Then(200, """{"id":"1:sent"}""");

        var id = await Client().ReplyAsync(server.ServiceUrl, "a:conv/1", "act-1", Message());

        Assert.Equal("1:sent", id);
        var request = Assert.Single(server.Requests);
        Assert.Equal("Bearer " + FakeTokenProvider.Token, request.Authorization);
        Assert.Equal("/_connector/v3/conversations/a%3Aconv%2F1/activities/act-1", request.Path);
    }

    [Fact]
    public async Task Throttling_is_retried_after_at_least_the_Retry_After_the_connector_asked_for()
    {
        trusted.Trust(server.ServiceUrl);
        server.Then(429, retryAfter: "1").Then(200, """{"id":"1:after-429"}""");

        var id = await Client().SendAsync(server.ServiceUrl, "a:conv", Message());

        Assert.Equal("1:after-429", id);
        Assert.Equal(2, server.Requests.Count);
        var waited = server.Requests[1].ArrivedAt - server.Requests[0].RespondedAt;
        Assert.True(waited >= TimeSpan.FromSeconds(1), $"retried {waited.TotalMilliseconds} ms after the 429");
    }

    [Fact]
    public async Task A_transient_failure_is_retried_until_it_succeeds()
    {
        trusted.Trust(server.ServiceUrl);
        server.Then(503).Then(200, """{"id":"1:after-503"}""");

        var id = await Client().SendAsync(server.ServiceUrl, "a:conv", Message());

        Assert.Equal("1:after-503", id);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Forbidden_means_the_bot_was_removed_and_is_not_retried()
    {
        trusted.Trust(server.ServiceUrl);
        server.Then(403);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(server.ServiceUrl, "a:conv", Message()));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.True(error.BotWasRemoved);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Creating_a_conversation_returns_its_id()
    {
        trusted.Trust(server.ServiceUrl);
        server.Then(201, """{"id":"a:new-conversation"}""");

        var id = await Client().CreateConversationAsync(server.ServiceUrl, "28:bot", "29:user", BotFactory.TenantId);

        Assert.Equal("a:new-conversation", id);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/_connector/v3/conversations", request.Path);
        Assert.Contains("\"29:user\"", request.Body, StringComparison.Ordinal);
        Assert.Contains(BotFactory.TenantId, request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connector_outage_is_waited_out_and_the_activity_is_delivered_once()
    {
        trusted.Trust(server.ServiceUrl);
        server.Then(503, retryAfter: "1").Then(503, retryAfter: "1").Then(502).Then(200, """{"id":"1:after-outage"}""");

        var id = await Client().SendAsync(server.ServiceUrl, "a:conv", Message());

        Assert.Equal("1:after-outage", id);
        Assert.Equal(4, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("Bearer " + FakeTokenProvider.Token, r.Authorization));
    }

    [Fact]
    public async Task A_request_the_connector_refuses_as_bad_is_not_retried()
    {
        trusted.Trust(server.ServiceUrl);
        server.Then(400).Then(414);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(server.ServiceUrl, "a:conv", Message()));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.False(error.BotWasRemoved);
        Assert.Single(server.Requests);
    }

    /// <summary>Built as the host builds it: the typed HttpClient with the connector's retry pipeline.</summary>
    private IConnectorClient Client()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(trusted);
        services.AddSingleton<IBotTokenProvider>(new FakeTokenProvider());
        services.AddConnectorClient();
        return services.BuildServiceProvider().GetRequiredService<IConnectorClient>();
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "hello" };
}
