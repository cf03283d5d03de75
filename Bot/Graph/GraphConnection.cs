using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace ExpertBot.Graph;

/// <summary>
/// Builds the one GraphServiceClient of the process: the SDK's middleware minus its RetryHandler, behind our
/// resilience pipeline (<see cref="GraphResilience"/>: Retry-After with a TimeProvider, a timeout per attempt, a
/// concurrency limit per resource), authenticated as the app registration (secret or certificate) or the managed
/// identity, for the configured cloud: the authority host, the token scope and Graph's base URL all come from
/// configuration, and instance discovery (a call to the public cloud) is skipped for an authority MSAL does not know,
/// so a sovereign cloud, a gateway or a local fake is the only place requests go. Removing a default handler is the documented way to customise the client
/// (https://learn.microsoft.com/graph/sdks/customize-client); keeping both would retry every throttled request twice over.
/// </summary>
internal sealed class GraphConnection : IDisposable
{
    private readonly HttpClient http;
    private readonly Lazy<GraphServiceClient> client;

    // Authority hosts MSAL knows (Azure.Identity's AzureAuthorityHosts and their aliases): instance discovery is
    // harmless there. Any other host is a private cloud, a proxy or a test authority.
    private static readonly HashSet<string> KnownAuthorityHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "login.microsoftonline.com", "login.microsoft.com", "login.windows.net", "sts.windows.net",
        "login.microsoftonline.us", "login.usgovcloudapi.net", "login-us.microsoftonline.com",
        "login.chinacloudapi.cn", "login.partner.microsoftonline.cn",
    };

    /// <param name="transport">Tests only: the HTTP handler under both Graph's client and the credential (a fake's TLS certificate trusted explicitly).</param>
    public GraphConnection(IOptions<GraphOptions> options, TimeProvider time, ILoggerFactory loggers, IAuthenticationProvider? authentication = null, GraphTransport? transport = null)
    {
        var o = options.Value;
        var handlers = GraphResilience.Handlers(o, time, loggers.CreateLogger(typeof(GraphResilience)))
            .Concat(GraphClientFactory.CreateDefaultHandlers(new GraphClientOptions()).Where(h => h is not RetryHandler))
            .ToList();
        http = transport is null ? GraphClientFactory.Create(handlers) : GraphClientFactory.Create(handlers, finalHandler: transport.CreateHandler());
        // The pipeline's overall cap bounds a request; a client timeout would also cover the waits for Retry-After.
        http.Timeout = Timeout.InfiniteTimeSpan;
        BaseUrl = o.BaseUrl.TrimEnd('/');
        // Created on first use: without Graph configuration there is no credential to build.
        client = new Lazy<GraphServiceClient>(() => new GraphServiceClient(http, authentication ?? CreateAuthentication(o, transport), BaseUrl));
    }

    public GraphServiceClient Client => client.Value;

    public string BaseUrl { get; }

    public void Dispose() => http.Dispose();

    /// <summary>The token scope: Graph:Scope, else the base URL's origin (scheme, host and port) + "/.default".</summary>
    public static string ScopeOf(GraphOptions o) =>
        string.IsNullOrWhiteSpace(o.Scope) ? new Uri(o.BaseUrl).GetLeftPart(UriPartial.Authority) + "/.default" : o.Scope;

    /// <summary>Instance discovery only for the clouds MSAL knows, unless Graph:DisableInstanceDiscovery says otherwise.</summary>
    public static bool SkipsInstanceDiscovery(GraphOptions o) =>
        o.DisableInstanceDiscovery ?? !KnownAuthorityHosts.Contains(new Uri(o.AuthorityHost).Host);

    private static AzureIdentityAuthenticationProvider CreateAuthentication(GraphOptions o, GraphTransport? transport)
    {
        var graph = new Uri(o.BaseUrl);
        return new AzureIdentityAuthenticationProvider(CreateCredential(o, transport), [graph.Host], null, true, [ScopeOf(o)]);
    }

    private static TokenCredential CreateCredential(GraphOptions o, GraphTransport? transport)
    {
        var authority = new Uri(o.AuthorityHost);
        if (o.UseManagedIdentity)
        {
            // A managed identity gets tokens for its own tenant only: Graph:TenantId must be the tenant it lives in.
            var id = string.IsNullOrWhiteSpace(o.ClientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(o.ClientId);
            return new ManagedIdentityCredential(Configure(new ManagedIdentityCredentialOptions(id) { AuthorityHost = authority }, transport));
        }

        if (!string.IsNullOrWhiteSpace(o.CertificatePath))
        {
            var options = Configure(new ClientCertificateCredentialOptions { AuthorityHost = authority, DisableInstanceDiscovery = SkipsInstanceDiscovery(o) }, transport);
            return new ClientCertificateCredential(o.TenantId, o.ClientId, LoadCertificate(o.CertificatePath, o.CertificatePassword), options);
        }

        var secret = Configure(new ClientSecretCredentialOptions { AuthorityHost = authority, DisableInstanceDiscovery = SkipsInstanceDiscovery(o) }, transport);
        return new ClientSecretCredential(o.TenantId, o.ClientId, o.ClientSecret, secret);
    }

    private static T Configure<T>(T options, GraphTransport? transport)
        where T : TokenCredentialOptions
    {
        if (transport is not null)
        {
            options.Transport = new HttpClientTransport(transport.CreateHandler());
        }

        return options;
    }

    /// <summary>PEM (certificate and private key in one file, the key encrypted when a password is given) or PFX.</summary>
    internal static X509Certificate2 LoadCertificate(string path, string? password)
    {
        // PEM is text with "-----BEGIN" blocks (openssl may put "Bag Attributes" lines before them); PFX is binary.
        if (File.ReadAllText(path).Contains("-----BEGIN ", StringComparison.Ordinal))
        {
            return string.IsNullOrEmpty(password) ? X509Certificate2.CreateFromPemFile(path) : X509Certificate2.CreateFromEncryptedPemFile(path, password);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password);
    }
}
