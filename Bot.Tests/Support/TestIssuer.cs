using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ExpertBot.Tests.Support;

/// <summary>
/// A real OpenID issuer on loopback, standing in for login.botframework.com: it publishes its metadata and
/// an RSA key (with Bot Framework's <c>endorsements</c>), and mints tokens with Microsoft.IdentityModel.
/// Keys can be rotated to exercise the bot's key rollover.
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly string[] endorsements;
    private RsaSecurityKey current;
    private int metadataRequests;

    private TestIssuer(WebApplication app, string[] endorsements)
    {
        this.app = app;
        this.endorsements = endorsements;
        current = NewKey();
    }

    public Uri BaseAddress { get; private set; } = null!;

    public string MetadataUrl => new Uri(BaseAddress, ".well-known/openidconfiguration").ToString();

    public string KeyId
    {
        get
        {
            lock (gate)
            {
                return current.KeyId;
            }
        }
    }

    /// <summary>How many times the bot fetched the signing keys.</summary>
    public int KeyFetches { get; private set; }

    /// <summary>How many times the bot asked for the OpenID metadata, answered or not.</summary>
    public int MetadataRequests => Volatile.Read(ref metadataRequests);

    /// <summary>While true the issuer is "down": its metadata answers 503 (and is still counted).</summary>
    public bool IsDown { get; set; }

    public static async Task<TestIssuer> StartAsync(params string[] endorsements)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var issuer = new TestIssuer(app, endorsements.Length == 0 ? ["msteams"] : endorsements);
        app.MapGet("/.well-known/openidconfiguration", issuer.Metadata);
        app.MapGet("/keys", issuer.Keys);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        issuer.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return issuer;
    }

    /// <summary>Publishes a new key with a new key id in place of the old one, as the real issuer does on rollover.</summary>
    public void RotateKey()
    {
        lock (gate)
        {
            current = NewKey();
        }
    }

    /// <summary>A token as the Bot Connector issues it, valid now, unless the spec says otherwise.</summary>
    public string Mint(TokenSpec spec)
    {
        var now = DateTime.UtcNow;
        var descriptor = Descriptor(spec, now);
        descriptor.SigningCredentials = new SigningCredentials(spec.SigningKey ?? CurrentKey(), SecurityAlgorithms.RsaSha256);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>The same claims with no signature at all (<c>alg: none</c>).</summary>
    public static string MintUnsigned(TokenSpec spec) => new JsonWebTokenHandler().CreateToken(Descriptor(spec, DateTime.UtcNow));

    /// <summary>
    /// Key confusion: HS256 with the RSA public key's bytes as the shared secret, naming the published key id.
    /// A validator that let the token choose the algorithm would accept it.
    /// </summary>
    public string MintHs256WithPublicKey(TokenSpec spec)
    {
        var key = CurrentKey();
        var publicKey = key.Rsa.ExportSubjectPublicKeyInfo();
        var secret = new SymmetricSecurityKey(publicKey) { KeyId = key.KeyId };
        var descriptor = Descriptor(spec, DateTime.UtcNow);
        descriptor.SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>An RSA key the issuer never published; give it the published key id to forge a signature.</summary>
    public static RsaSecurityKey ForeignKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static SecurityTokenDescriptor Descriptor(TokenSpec spec, DateTime now)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (spec.ServiceUrl is not null)
        {
            claims["serviceurl"] = spec.ServiceUrl;
        }

        return new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            IssuedAt = now + (spec.NotBefore ?? TimeSpan.Zero),
            NotBefore = now + (spec.NotBefore ?? TimeSpan.Zero),
            Expires = now + (spec.Expires ?? TimeSpan.FromHours(1)),
            Claims = claims,
            Subject = spec.AuthorizedParty is null ? null : new ClaimsIdentity([new Claim("azp", spec.AuthorizedParty), new Claim("appid", spec.AuthorizedParty)]),
        };
    }

    private RsaSecurityKey CurrentKey()
    {
        lock (gate)
        {
            return current;
        }
    }

    private static RsaSecurityKey NewKey() => new(RSA.Create(2048)) { KeyId = "key-" + Guid.NewGuid().ToString("N")[..12] };

    private IResult Metadata(HttpContext context)
    {
        Interlocked.Increment(ref metadataRequests);
        if (IsDown)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = BotFrameworkIssuer,
            ["authorization_endpoint"] = new Uri(BaseAddress, "authorize").ToString(),
            ["jwks_uri"] = new Uri(BaseAddress, "keys").ToString(),
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        });
    }

    private IResult Keys(HttpContext context)
    {
        RsaSecurityKey key;
        lock (gate)
        {
            key = current;
            KeyFetches++;
        }

        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = endorsements,
        };
        return Results.Text(JsonSerializer.Serialize(new { keys = new[] { jwk } }), "application/json");
    }
}

/// <summary>What a minted token says; everything defaults to a token the bot configured with <paramref name="Audience"/> accepts.</summary>
public sealed record TokenSpec(string Audience, string? ServiceUrl)
{
    public string Issuer { get; init; } = TestIssuer.BotFrameworkIssuer;

    /// <summary>Offset of nbf (and iat) from now.</summary>
    public TimeSpan? NotBefore { get; init; }

    /// <summary>Offset of exp from now.</summary>
    public TimeSpan? Expires { get; init; }

    /// <summary>Sign with this key instead of the published one (its KeyId goes in the header).</summary>
    public SecurityKey? SigningKey { get; init; }

    /// <summary>The app the token was issued to (azp and appid claims), for tenant-issued tokens.</summary>
    public string? AuthorizedParty { get; init; }
}
