using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ExpertBot.Teams;

/// <summary>
/// Decides whether an inbound activity really comes from the Bot Connector, as the Bot Framework
/// authentication spec requires: an RS256 token from a published key, the right issuer and audience,
/// a live lifetime (5 minutes of skew), a serviceUrl claim equal to the activity's, and a signing key
/// endorsed for the activity's channel. All cryptography and JWT parsing is Microsoft.IdentityModel's.
/// </summary>
internal sealed class BotAuthenticator : IDisposable
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly BotOptions options;
    private readonly PublishedKeys? channelKeys;
    private readonly PublishedKeys? tenantKeys;
    private readonly string[] tenantIssuers;
    private readonly ILogger<BotAuthenticator> logger;

    public BotAuthenticator(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<BotAuthenticator> logger)
    {
        this.logger = logger;
        this.options = options.Value;
        tenantIssuers = this.options.MicrosoftAppTenantId is { Length: > 0 } tenant
            ? [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"]
            : [];
        if (this.options.IsDevelopmentMode)
        {
            return;
        }

        var http = httpClientFactory.CreateClient(nameof(BotAuthenticator));
        channelKeys = CreateKeys(this.options.OpenIdMetadataUrl, http, time);
        var tenantMetadata = this.options.TenantOpenIdMetadataUrl
            ?? $"{this.options.AuthorityHost.TrimEnd('/')}/{this.options.MicrosoftAppTenantId}/v2.0/.well-known/openid-configuration";
        tenantKeys = CreateKeys(tenantMetadata, http, time);
    }

    public bool IsDevelopmentMode => options.IsDevelopmentMode;

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, IPAddress? remoteAddress, Activity activity, CancellationToken cancellationToken = default)
    {
        if (options.IsDevelopmentMode)
        {
            return AuthenticateLocal(remoteAddress, activity);
        }

        if (authorizationHeader is null || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Unauthorized("no bearer token");
        }

        var token = authorizationHeader["Bearer ".Length..].Trim();
        if (!handler.CanReadToken(token))
        {
            return AuthenticationOutcome.Unauthorized("the token is not a JWT");
        }

        // The issuer is read before validation only to choose which published keys to validate against.
        // CanReadToken only checks the shape: "aaa.bbb.ccc" passes it and fails here, which is a refusal, not a 500.
        JsonWebToken unvalidated;
        try
        {
            unvalidated = handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException or JsonException or FormatException)
        {
            return AuthenticationOutcome.Unauthorized($"the token is not a readable JWT ({ex.GetType().Name})");
        }

        var fromChannel = string.Equals(unvalidated.Issuer, options.ChannelIssuer, StringComparison.Ordinal);
        var keys = fromChannel ? channelKeys! : tenantKeys!;
        string[] issuers = fromChannel ? [options.ChannelIssuer] : tenantIssuers;

        TokenValidationResult result;
        OpenIdConnectConfiguration configuration;
        try
        {
            (result, configuration) = await ValidateAsync(token, keys, issuers, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidOperationException or ArgumentException)
        {
            // The signing keys were never fetched (the issuer is unreachable): nobody can be verified, so 503, not 500.
            return new AuthenticationOutcome(false, StatusCodes.Status503ServiceUnavailable, $"signing keys unavailable ({ex.GetType().Name})");
        }

        if (!result.IsValid)
        {
            return AuthenticationOutcome.Unauthorized($"token rejected: {result.Exception?.GetType().Name ?? "invalid"}");
        }

        // The audience only says the token is for this bot; any app registration in the tenant can get one.
        // A tenant-issued token must come from the bot's own app (as the Bot Framework SDK requires of the
        // Emulator's tokens), or anyone in the tenant could make the bot send its token to a URL of their choosing.
        if (!fromChannel && !IssuedToThisBot(result.Claims))
        {
            return AuthenticationOutcome.Unauthorized("the tenant token was not issued to this bot");
        }

        var claimedServiceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        if (fromChannel && !SameServiceUrl(claimedServiceUrl, activity.ServiceUrl))
        {
            return AuthenticationOutcome.Unauthorized("the serviceUrl claim does not match the activity");
        }

        if (fromChannel && !KeyEndorsesChannel(configuration, unvalidated.Kid, activity.ChannelId))
        {
            return AuthenticationOutcome.Forbidden("the signing key is not endorsed for this channel");
        }

        return AuthenticationOutcome.Accept(fromChannel ? "Bot Connector token" : "tenant token");
    }

    public void Dispose()
    {
        channelKeys?.Dispose();
        tenantKeys?.Dispose();
    }

    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration Configuration)> ValidateAsync(
        string token, PublishedKeys keys, string[] issuers, CancellationToken cancellationToken)
    {
        var configuration = await keys.GetAsync(cancellationToken);
        var result = await handler.ValidateTokenAsync(token, Parameters(configuration, issuers));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys roll over: an unknown key id fetches fresh metadata (at most once per KeyRefreshSeconds).
            configuration = await keys.RefreshAsync(cancellationToken);
            result = await handler.ValidateTokenAsync(token, Parameters(configuration, issuers));
        }

        return (result, configuration);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, string[] issuers) => new()
    {
        ValidIssuers = issuers,
        ValidateIssuer = true,
        ValidAudience = options.MicrosoftAppId,
        ValidateAudience = true,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidateIssuerSigningKey = true,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
    };

    private static AuthenticationOutcome AuthenticateLocal(IPAddress? remoteAddress, Activity activity)
    {
        if (remoteAddress is null || !IPAddress.IsLoopback(remoteAddress))
        {
            return AuthenticationOutcome.Unauthorized("development mode accepts loopback callers only");
        }

        // Not Uri.IsLoopback: it is true for file: URIs and for hosts like "loopback" that DNS decides.
        return InboundActivityRules.IsLoopbackServiceUrl(activity.ServiceUrl)
            ? AuthenticationOutcome.Accept("development mode, loopback")
            : AuthenticationOutcome.Unauthorized("development mode accepts a loopback serviceUrl only");
    }

    private static bool SameServiceUrl(string? claimed, string? actual) =>
        claimed is not null && actual is not null
        && string.Equals(claimed.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static bool KeyEndorsesChannel(OpenIdConnectConfiguration configuration, string? keyId, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId))
        {
            return false;
        }

        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return false;
        }

        return endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == channelId),
            IEnumerable<object> list => list.Any(e => string.Equals(e?.ToString(), channelId, StringComparison.Ordinal)),
            _ => false,
        };
    }

    private bool IssuedToThisBot(IDictionary<string, object> claims) =>
        (claims.TryGetValue("azp", out var azp) ? azp : claims.TryGetValue("appid", out var appId) ? appId : null) is string caller
        && string.Equals(caller, options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase);

    private PublishedKeys CreateKeys(string metadataUrl, HttpClient http, TimeProvider time)
    {
        var uri = new Uri(metadataUrl);
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = !uri.IsLoopback };
        return new PublishedKeys(metadataUrl, retriever, TimeSpan.FromSeconds(options.KeyRefreshSeconds), time, logger);
    }
}
