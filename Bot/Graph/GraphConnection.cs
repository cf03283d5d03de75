using System.Security.Cryptography.X509Certificates;
using Azure.Core;
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
/// identity, for the configured cloud. Removing a default handler is the documented way to customise the client
/// (https://learn.microsoft.com/graph/sdks/customize-client); keeping both would retry every throttled request twice over.
/// </summary>
internal sealed class GraphConnection : IDisposable
{
    private readonly HttpClient http;
    private readonly Lazy<GraphServiceClient> client;

    public GraphConnection(IOptions<GraphOptions> options, TimeProvider time, ILoggerFactory loggers, IAuthenticationProvider? authentication = null)
    {
        var o = options.Value;
        var handlers = GraphResilience.Handlers(o, time, loggers.CreateLogger(typeof(GraphResilience)))
            .Concat(GraphClientFactory.CreateDefaultHandlers(new GraphClientOptions()).Where(h => h is not RetryHandler))
            .ToList();
        http = GraphClientFactory.Create(handlers);
        // The pipeline's overall cap bounds a request; a client timeout would also cover the waits for Retry-After.
        http.Timeout = Timeout.InfiniteTimeSpan;
        BaseUrl = o.BaseUrl.TrimEnd('/');
        // Created on first use: without Graph configuration there is no credential to build.
        client = new Lazy<GraphServiceClient>(() => new GraphServiceClient(http, authentication ?? CreateAuthentication(o), BaseUrl));
    }

    public GraphServiceClient Client => client.Value;

    public string BaseUrl { get; }

    public void Dispose() => http.Dispose();

    private static AzureIdentityAuthenticationProvider CreateAuthentication(GraphOptions o)
    {
        var graph = new Uri(o.BaseUrl);
        var scope = $"{graph.Scheme}://{graph.Host}/.default";
        return new AzureIdentityAuthenticationProvider(CreateCredential(o), [graph.Host], null, true, [scope]);
    }

    private static TokenCredential CreateCredential(GraphOptions o)
    {
        var authority = new Uri(o.AuthorityHost);
        if (o.UseManagedIdentity)
        {
            return string.IsNullOrWhiteSpace(o.ClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ClientId));
        }

        if (!string.IsNullOrWhiteSpace(o.CertificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(o.CertificatePath, o.CertificatePassword);
            return new ClientCertificateCredential(o.TenantId, o.ClientId, certificate, new ClientCertificateCredentialOptions { AuthorityHost = authority });
        }

        return new ClientSecretCredential(o.TenantId, o.ClientId, o.ClientSecret, new ClientSecretCredentialOptions { AuthorityHost = authority });
    }
}
