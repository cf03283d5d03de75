using ExpertBot.Expertise;
using ExpertBot.Graph;
using ExpertBot.Privacy;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace ExpertBot.Tests.Graph;

/// <summary>
/// The sync's real services (GraphServiceClient, Table Storage on Azurite) pointed at a <see cref="FakeGraph"/>,
/// with their own table prefix. Two harnesses sharing a prefix are two instances of the bot.
/// </summary>
internal sealed class GraphSyncHarness : IAsyncDisposable
{
    public const string TenantId = "7c1e5b3a-2f4d-4e6a-9b8c-0d1e2f3a4b5c";
    private readonly ServiceProvider services;

    public GraphSyncHarness(FakeGraph graph, string? tablePrefix = null, TimeProvider? time = null, Action<Dictionary<string, string?>>? settings = null)
    {
        TablePrefix = tablePrefix ?? "g" + Guid.NewGuid().ToString("N")[..12];
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["Graph:TenantId"] = TenantId,
            ["Graph:ClientId"] = "5e7d9c1b-3a2f-4d6e-8b9c-1a2b3c4d5e6f",
            ["Graph:ClientSecret"] = "not-used-by-the-fake",
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Graph:Teams:0"] = FakeTenant.PublicTeam,
            ["Graph:Sites:0"] = FakeTenant.Site,
            ["Graph:RestrictedSites:0"] = "contoso.sharepoint.com,restricted,site",
        };
        settings?.Invoke(values);
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        services = GraphCommandHost.Build(Configuration, Configure(time, Logs));
    }

    public string TablePrefix { get; }

    public IServiceProvider Services => services;

    public IConfiguration Configuration { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public GraphSyncService Service => services.GetRequiredService<GraphSyncService>();

    public GraphSynchronizer Synchronizer => services.GetRequiredService<GraphSynchronizer>();

    public GraphEvidenceStore Store => services.GetRequiredService<GraphEvidenceStore>();

    public SyncStatusStore Statuses => services.GetRequiredService<SyncStatusStore>();

    public SyncLease Lease => services.GetRequiredService<SyncLease>();

    public PreferenceStore Preferences => services.GetRequiredService<PreferenceStore>();

    public ExpertiseCatalog Catalog => services.GetRequiredService<ExpertiseCatalog>();

    public static Action<IServiceCollection> Configure(TimeProvider? time, CapturingLoggerProvider? logs) => s =>
    {
        s.AddSingleton<IAuthenticationProvider, TestBearer>();
        if (time is not null)
        {
            s.Replace(ServiceDescriptor.Singleton(time));
        }

        if (logs is not null)
        {
            s.AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        }
    };

    /// <summary>A full run through the service: lease, sync, publish.</summary>
    public async Task<SyncReport> SyncAsync() => await Service.TrySyncAsync(null) ?? throw new InvalidOperationException("the lease was held");

    public async Task<Dictionary<string, EvidenceItem>> StoredItemsAsync() => (await Store.LoadAsync(TenantId)).Items.ToDictionary(i => i.Id);

    /// <summary>The people stored as active (an inactive one is kept for a grace period but is in no result).</summary>
    public async Task<HashSet<string>> StoredPeopleAsync() => [.. (await Store.LoadAsync(TenantId)).People.Where(p => p.InactiveSince is null).Select(p => p.Id)];

    public async Task<HashSet<string>> InactivePeopleAsync() => [.. (await Store.LoadAsync(TenantId)).People.Where(p => p.InactiveSince is not null).Select(p => p.Id)];

    public async Task<Dictionary<string, SyncSourceStatus>> StatusesAsync() => (await Statuses.LoadAsync(TenantId)).ToDictionary(s => s.Source);

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    /// <summary>Stands in for Entra: a bearer token on every request, as the real provider adds one.</summary>
    private sealed class TestBearer : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            request.Headers.Add("Authorization", "Bearer test-graph-token");
            return Task.CompletedTask;
        }
    }
}
