using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using ExpertBot.Graph;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Graph;

/// <summary>
/// The real sign-in path: Azure.Identity's ClientSecretCredential gets a token from a fake Entra over HTTPS, and the
/// real Graph client sends it to a fake Graph over HTTPS, both pointed at by configuration alone. The only test seam
/// is the TLS trust (the fakes' own certificate, trusted explicitly); nothing else may be called, instance discovery
/// in the public cloud included.
/// </summary>
[Collection(AzuriteTables.Name)]
public sealed class GraphSignInTests : IDisposable
{
    private const string ClientId = "5e7d9c1b-3a2f-4d6e-8b9c-1a2b3c4d5e6f";
    private const string Secret = "fake-secret-value";
    private readonly X509Certificate2 certificate = TestCertificate.CreateForLocalhost();
    private readonly FakeGraph graph;
    private readonly FakeEntra entra;

    public GraphSignInTests()
    {
        graph = new FakeGraph(certificate);
        entra = new FakeEntra(certificate, GraphSyncHarness.TenantId, ClientId, Secret);
    }

    public void Dispose()
    {
        graph.Dispose();
        entra.Dispose();
        certificate.Dispose();
    }

    [Fact]
    public async Task Sync_signs_in_at_the_configured_authority_with_the_scope_of_the_configured_Graph_and_calls_nothing_else()
    {
        new FakeTenant(graph).WithOrganisation(6).WithWork(6);
        var sent = new ConcurrentQueue<(Uri Uri, string? Authorization)>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:TablePrefix"] = "s" + Guid.NewGuid().ToString("N")[..12],
            ["Graph:TenantId"] = GraphSyncHarness.TenantId,
            ["Graph:ClientId"] = ClientId,
            ["Graph:ClientSecret"] = Secret,
            ["Graph:AuthorityHost"] = entra.AuthorityHost,
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Graph:Teams:0"] = FakeTenant.PublicTeam,
            ["Graph:Sites:0"] = FakeTenant.Site,
        }).Build();
        var stdout = new StringWriter();

        var code = await SyncCommand.RunAsync([], configuration, s => s.AddSingleton(new GraphTransport(() => new Recording(sent, TestCertificate.TrustingOnly(certificate)))), stdout, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Contains("6 people, 30 items", stdout.ToString(), StringComparison.Ordinal);
        var graphOrigin = new Uri(graph.BaseUrl).GetLeftPart(UriPartial.Authority);
        Assert.All(sent, r => Assert.Contains(r.Uri.GetLeftPart(UriPartial.Authority), new[] { graphOrigin, entra.AuthorityHost }));
        var token = Assert.Single(entra.Requests, r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        // The scope keeps the port: a gateway or a fake on another port is a resource of its own.
        Assert.Equal(graphOrigin + "/.default", token.Form["scope"]);
        Assert.DoesNotContain(entra.Requests, r => r.Path.Contains("discovery/instance", StringComparison.Ordinal));
        var toGraph = sent.Where(r => r.Uri.GetLeftPart(UriPartial.Authority) == graphOrigin).ToList();
        Assert.NotEmpty(toGraph);
        Assert.All(toGraph, r => Assert.Equal("Bearer " + entra.AccessToken, r.Authorization));
    }

    [Fact]
    public void The_scope_is_configurable_and_instance_discovery_is_skipped_only_for_authorities_MSAL_does_not_know()
    {
        var publicCloud = new GraphOptions();
        var gateway = new GraphOptions { BaseUrl = "https://graph-gw.contoso.com:8443/v1.0", AuthorityHost = "https://login.contoso.com", Scope = "api://graph-gateway/.default" };
        var sovereign = new GraphOptions { BaseUrl = "https://graph.microsoft.us/v1.0", AuthorityHost = "https://login.microsoftonline.us" };

        Assert.Equal("https://graph.microsoft.com/.default", GraphConnection.ScopeOf(publicCloud));
        Assert.Equal("api://graph-gateway/.default", GraphConnection.ScopeOf(gateway));
        Assert.Equal("https://graph-gw.contoso.com:8443/.default", GraphConnection.ScopeOf(new GraphOptions { BaseUrl = gateway.BaseUrl }));
        Assert.False(GraphConnection.SkipsInstanceDiscovery(publicCloud));
        Assert.False(GraphConnection.SkipsInstanceDiscovery(sovereign));
        Assert.True(GraphConnection.SkipsInstanceDiscovery(gateway));
        Assert.False(GraphConnection.SkipsInstanceDiscovery(new GraphOptions { AuthorityHost = gateway.AuthorityHost, DisableInstanceDiscovery = false }));
    }

    [Fact]
    public void Sync_and_export_read_appsettings_and_the_environment_never_a_developer_s_user_secrets()
    {
        var configuration = (IConfigurationRoot)GraphCommandHost.DefaultConfiguration();

        Assert.DoesNotContain(configuration.Providers, p => p is JsonConfigurationProvider json && json.Source.Path == "secrets.json");
        Assert.Contains(configuration.Providers, p => p is JsonConfigurationProvider json && json.Source.Path == "appsettings.json");
    }

    [Fact]
    public void A_PEM_certificate_with_its_private_key_loads_as_the_docs_say()
    {
        var path = Path.Combine(Path.GetTempPath(), "expertbot-" + Guid.NewGuid().ToString("N") + ".pem");
        try
        {
            using var rsa = certificate.GetRSAPrivateKey()!;
            File.WriteAllText(path, certificate.ExportCertificatePem() + "\n" + rsa.ExportPkcs8PrivateKeyPem());

            using var loaded = GraphConnection.LoadCertificate(path, null);

            Assert.True(loaded.HasPrivateKey);
            Assert.Equal(certificate.Thumbprint, loaded.Thumbprint);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Every request the Graph client and the credential send, with its Authorization header.</summary>
    private sealed class Recording(ConcurrentQueue<(Uri, string?)> sent, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent.Enqueue((request.RequestUri!, request.Headers.Authorization?.ToString()));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
