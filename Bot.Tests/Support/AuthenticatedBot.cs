using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ExpertBot.Tests.Support;

/// <summary>A bot with Bot Framework authentication on, trusting a local issuer; shared by one test class.</summary>
public sealed class AuthenticatedBot : IAsyncLifetime
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public TestIssuer Issuer { get; private set; } = null!;

    public BotFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await TestIssuer.StartAsync("msteams");
        Factory = new BotFactory(Issuer);
        Client = await Factory.StartAsync();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    /// <summary>A token the bot accepts for an activity from <see cref="ServiceUrl"/>.</summary>
    public string ValidToken(string serviceUrl = ServiceUrl) => Issuer.Mint(new TokenSpec(BotFactory.AppId, serviceUrl));

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token) => PostAsync(Client, activity.ToJsonString(), token);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }
}
