using System.Net;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Teams;

/// <summary>
/// The Bot Framework authentication rules, checked through POST /api/messages with tokens from a real local
/// issuer: anything but a live RS256 token from a published key, for this bot, about this serviceUrl, is refused
/// and the bot says nothing.
/// </summary>
public sealed class InboundAuthenticationTests(AuthenticatedBot bot) : IClassFixture<AuthenticatedBot>
{
    private const string Question = "who knows kubernetes?";

    private static readonly TokenSpec Spec = new(BotFactory.AppId, AuthenticatedBot.ServiceUrl);

    [Fact]
    public async Task A_valid_connector_token_is_accepted_and_answered()
    {
        var activity = TestActivities.Message(Question);

        using var response = await bot.PostAsync(activity, bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }

    [Fact]
    public async Task A_request_without_a_token_is_refused() => await AssertRefusedAsync(null, HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_that_is_not_a_bearer_JWT_is_refused() => await AssertRefusedAsync("not-a-jwt", HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_signed_by_another_key_under_the_published_key_id_is_refused() =>
        await AssertRefusedAsync(bot.Issuer.Mint(Spec with { SigningKey = TestIssuer.ForeignKey(bot.Issuer.KeyId) }), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        await AssertRefusedAsync(bot.Issuer.Mint(Spec with { Issuer = "https://attacker.example" }), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_for_another_bot_is_refused() =>
        await AssertRefusedAsync(bot.Issuer.Mint(Spec with { Audience = Guid.NewGuid().ToString() }), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_expired_beyond_the_five_minute_skew_is_refused() =>
        await AssertRefusedAsync(bot.Issuer.Mint(Spec with { NotBefore = TimeSpan.FromMinutes(-70), Expires = TimeSpan.FromMinutes(-10) }), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_not_valid_until_beyond_the_five_minute_skew_is_refused() =>
        await AssertRefusedAsync(bot.Issuer.Mint(Spec with { NotBefore = TimeSpan.FromMinutes(10), Expires = TimeSpan.FromMinutes(70) }), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_valid_from_within_the_five_minute_skew_is_accepted()
    {
        var token = bot.Issuer.Mint(Spec with { NotBefore = TimeSpan.FromMinutes(2), Expires = TimeSpan.FromMinutes(60) });

        await AssertAcceptedAsync(token);
    }

    [Fact]
    public async Task A_token_expired_within_the_five_minute_skew_is_accepted()
    {
        var token = bot.Issuer.Mint(Spec with { NotBefore = TimeSpan.FromMinutes(-60), Expires = TimeSpan.FromMinutes(-2) });

        await AssertAcceptedAsync(token);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused() =>
        await AssertRefusedAsync(TestIssuer.MintUnsigned(Spec), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task An_HS256_token_keyed_with_the_published_RSA_public_key_is_refused() =>
        await AssertRefusedAsync(bot.Issuer.MintHs256WithPublicKey(Spec), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_naming_an_unknown_key_id_is_refused() =>
        await AssertRefusedAsync(bot.Issuer.Mint(Spec with { SigningKey = TestIssuer.ForeignKey("unknown-kid") }), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_whose_serviceUrl_claim_differs_from_the_activity_is_refused() =>
        await AssertRefusedAsync(bot.Issuer.Mint(Spec with { ServiceUrl = "https://attacker.example/" }), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_without_a_serviceUrl_claim_is_refused() =>
        await AssertRefusedAsync(bot.Issuer.Mint(Spec with { ServiceUrl = null }), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_signed_by_a_key_not_endorsed_for_the_activity_channel_is_forbidden()
    {
        var activity = TestActivities.Message(Question, channelId: "directline");

        using var response = await bot.PostAsync(activity, bot.ValidToken());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }

    [Fact]
    public async Task A_tenant_token_issued_to_another_application_is_refused()
    {
        // Any app registration in the tenant can get a token for the bot's app id; only the bot itself may call as the tenant.
        var token = bot.Issuer.Mint(Spec with
        {
            Issuer = $"https://login.microsoftonline.com/{BotFactory.TenantId}/v2.0",
            ServiceUrl = null,
            AuthorizedParty = Guid.NewGuid().ToString(),
        });

        await AssertRefusedAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_tenant_token_issued_to_the_bot_itself_is_accepted()
    {
        var token = bot.Issuer.Mint(Spec with
        {
            Issuer = $"https://login.microsoftonline.com/{BotFactory.TenantId}/v2.0",
            ServiceUrl = null,
            AuthorizedParty = BotFactory.AppId,
        });

        await AssertAcceptedAsync(token);
    }

    [Fact]
    public async Task The_token_never_appears_in_the_logs()
    {
        var accepted = bot.ValidToken();
        var refused = bot.Issuer.Mint(Spec with { Audience = "someone-else" });

        using (await bot.PostAsync(TestActivities.Message(Question), accepted))
        using (await bot.PostAsync(TestActivities.Message(Question), refused))
        {
        }

        var logs = bot.Factory.Logs.Lines;
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, line => line.Contains(accepted, StringComparison.Ordinal));
        Assert.DoesNotContain(logs, line => line.Contains(refused, StringComparison.Ordinal));
        // The signature alone would be enough to replay the token.
        Assert.DoesNotContain(logs, line => line.Contains(accepted.Split('.')[2], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keys_roll_over_a_token_signed_with_the_new_key_id_is_accepted()
    {
        await using var issuer = await TestIssuer.StartAsync("msteams");
        using var factory = new BotFactory(issuer, keyRefreshSeconds: 1);
        using var client = await factory.StartAsync();
        var spec = new TokenSpec(BotFactory.AppId, AuthenticatedBot.ServiceUrl);
        using (var before = await AuthenticatedBot.PostAsync(client, TestActivities.Message(Question).ToJsonString(), issuer.Mint(spec)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        issuer.RotateKey();
        // The bot refreshes its keys on an unknown key id at most once per KeyRefreshSeconds.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var activity = TestActivities.Message(Question);
        using var after = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), issuer.Mint(spec));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }

    private async Task AssertRefusedAsync(string? token, HttpStatusCode expected)
    {
        var activity = TestActivities.Message(Question);

        using var response = await bot.PostAsync(activity, token);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }

    private async Task AssertAcceptedAsync(string token)
    {
        var activity = TestActivities.Message(Question);

        using var response = await bot.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }
}
