using System.Net;
using ExpertBot.Expertise;
using ExpertBot.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ExpertBot.Tests.Support;

/// <summary>
/// The real bot host, configured as in production but with a local OpenID issuer (or none: development mode),
/// a tiny snapshot, its own table prefix, and a recording connector in place of the Bot Connector.
/// </summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    public const string AppId = "3f6b1c2e-8d4a-4b7e-9c1f-2a5d6e7f8a9b";
    public const string TenantId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    private readonly TestIssuer? issuer;
    private readonly IPAddress? remoteAddress;
    private readonly int keyRefreshSeconds;
    private readonly string snapshot = TestSnapshot.Write();
    private readonly bool realConnector;
    private readonly IReadOnlyDictionary<string, string?>? settings;

    /// <param name="issuer">The Bot Connector's stand-in; null runs the bot in development mode (no app id).</param>
    /// <param name="remoteAddress">The caller's address as the bot sees it (TestServer leaves it unset).</param>
    /// <param name="realConnector">Send replies through the real connector client (to a fake connector server) instead of recording them.</param>
    /// <param name="settings">Configuration that replaces the defaults below (e.g. another storage account).</param>
    public BotFactory(TestIssuer? issuer, IPAddress? remoteAddress = null, int keyRefreshSeconds = 300, bool realConnector = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.issuer = issuer;
        this.remoteAddress = remoteAddress;
        this.keyRefreshSeconds = keyRefreshSeconds;
        this.realConnector = realConnector;
        this.settings = settings;
    }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Last changes to the services (e.g. a fake clock or presence), after the host's own and the fakes above.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>No logging at all (for thousands of requests, where writing the log would be most of the work).</summary>
    public bool Quiet { get; init; }

    internal RecordingConnector Connector { get; } = new();

    public string TablePrefix { get; } = "t" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A client for the bot, once the snapshot is indexed (the loader runs in the background).</summary>
    public async Task<HttpClient> StartAsync()
    {
        var client = CreateDefaultClient(new TurnsSettledHandler(this));
        var catalog = Services.GetRequiredService<ExpertiseCatalog>();
        for (var i = 0; catalog.For(TenantId) is null; i++)
        {
            if (i > 200)
            {
                throw new TimeoutException("The test snapshot was not indexed.");
            }

            await Task.Delay(50);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var configured = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = issuer is null ? string.Empty : AppId,
            ["MicrosoftAppTenantId"] = TenantId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["OpenIdMetadataUrl"] = issuer?.MetadataUrl ?? "https://login.botframework.com/v1/.well-known/openidconfiguration",
            ["TenantOpenIdMetadataUrl"] = issuer?.MetadataUrl,
            ["KeyRefreshSeconds"] = keyRefreshSeconds.ToString(),
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["Expertise:SnapshotPath"] = snapshot,
            ["Expertise:SnapshotTenantId"] = "*",
            // The weekly schedule would post into the tests' conversations on Monday mornings; tests send digests themselves.
            ["Digest:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configured[key] = value;
        }

        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(configured));
        builder.ConfigureLogging(logging =>
        {
            if (Quiet)
            {
                logging.ClearProviders();
                return;
            }

            logging.AddProvider(Logs);
            logging.AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace);
        });
        builder.ConfigureTestServices(services =>
        {
            if (!realConnector)
            {
                services.RemoveAll<IConnectorClient>();
                services.AddSingleton<IConnectorClient>(Connector);
            }

            services.RemoveAll<IBotTokenProvider>();
            services.AddSingleton<IBotTokenProvider>(new FakeTokenProvider());
            if (remoteAddress is not null)
            {
                services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(remoteAddress));
            }

            TestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(snapshot, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>
    /// Message turns run after the endpoint has answered; tests read what the bot sent right after posting, so
    /// the test client returns once the turn queue is idle (the bot's own behaviour is unchanged).
    /// </summary>
    private sealed class TurnsSettledHandler(BotFactory factory) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            await factory.Services.GetRequiredService<TurnQueue>().WhenIdleAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            return response;
        }
    }

    /// <summary>TestServer has no socket, so it leaves RemoteIpAddress null; the bot's loopback check needs one.</summary>
    private sealed class RemoteAddressFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
