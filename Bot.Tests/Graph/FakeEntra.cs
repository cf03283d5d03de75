using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace ExpertBot.Tests.Graph;

/// <summary>
/// A Microsoft Entra token endpoint over HTTPS for the client credentials flow
/// (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow): POST
/// /{tenant}/oauth2/v2.0/token with grant_type, client_id, client_secret and scope answers an access token; the tenant's
/// OpenID configuration is served too. Anything else (instance discovery included) answers 404 and is logged.
/// </summary>
public sealed class FakeEntra : IDisposable
{
    private readonly WireMockServer server;
    private readonly ConcurrentQueue<(string Path, IReadOnlyDictionary<string, string> Form)> requests = new();

    public FakeEntra(X509Certificate2 certificate, string tenantId, string clientId, string clientSecret)
    {
        TenantId = tenantId;
        server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"https://localhost:{FakeGraph.FreePort()}"],
            CertificateSettings = new WireMockCertificateSettings { X509Certificate = certificate },
        });
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(r => Handle(r, clientId, clientSecret)));
    }

    public string AuthorityHost => server.Url!;

    public string TenantId { get; }

    public string AccessToken { get; } = "fake-entra-" + Guid.NewGuid().ToString("N");

    public IReadOnlyList<(string Path, IReadOnlyDictionary<string, string> Form)> Requests => [.. requests];

    public void Dispose() => server.Stop();

    private ResponseMessage Handle(IRequestMessage request, string clientId, string clientSecret)
    {
        var form = request.Body is { Length: > 0 } body
            ? QueryHelpers.ParseQuery(body).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal)
            : [];
        requests.Enqueue((request.AbsolutePath, form));
        var issuer = $"{AuthorityHost}/{TenantId}/v2.0";
        (int Status, JsonObject Body) answer = (request.Method, request.AbsolutePath) switch
        {
            ("GET", var p) when p == $"/{TenantId}/v2.0/.well-known/openid-configuration" => (200, new JsonObject
            {
                ["issuer"] = issuer,
                ["token_endpoint"] = $"{AuthorityHost}/{TenantId}/oauth2/v2.0/token",
                ["authorization_endpoint"] = $"{AuthorityHost}/{TenantId}/oauth2/v2.0/authorize",
                ["jwks_uri"] = $"{AuthorityHost}/{TenantId}/discovery/v2.0/keys",
                ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "private_key_jwt"),
            }),
            ("POST", var p) when p == $"/{TenantId}/oauth2/v2.0/token"
                && form.GetValueOrDefault("grant_type") == "client_credentials"
                && form.GetValueOrDefault("client_id") == clientId
                && form.GetValueOrDefault("client_secret") == clientSecret => (200, new JsonObject
                {
                    ["token_type"] = "Bearer",
                    ["expires_in"] = 3599,
                    ["ext_expires_in"] = 3599,
                    ["access_token"] = AccessToken,
                }),
            ("POST", _) => (401, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." }),
            _ => (404, new JsonObject { ["error"] = "not_found" }),
        };
        return new ResponseMessage
        {
            StatusCode = answer.Status,
            BodyData = new BodyData { BodyAsString = answer.Body.ToJsonString(), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        };
    }
}
