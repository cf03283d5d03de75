using Microsoft.Extensions.DependencyInjection.Extensions;
using ExpertBot.Hosting;
using ExpertBot.Presence;
using ExpertBot.Privacy;
using ExpertBot.Teams;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;

namespace ExpertBot.Graph;

internal static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// People and work signals from Microsoft Graph into the shared evidence store, one instance syncing at a time.
    /// The sync runs only when section Graph is configured; "forget me" always erases synced evidence.
    /// </summary>
    public static IServiceCollection AddGraphSync(this IServiceCollection services)
    {
        // Evidence is stored and published under this id: in the one spelling activities use (see TenantIds).
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section)
            .PostConfigure(o => o.TenantId = TenantIds.Canonical(o.TenantId))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GraphEvidenceStore>();
        services.AddSingleton<IPersonDataEraser>(sp => sp.GetRequiredService<GraphEvidenceStore>());
        // Photos come with the people sync; "forget me" erases a stored one whether or not Graph is configured now.
        services.AddSingleton<PhotoStore>();
        services.AddSingleton<IPersonDataEraser>(sp => sp.GetRequiredService<PhotoStore>());
        services.AddSingleton<SyncCheckpointStore>();
        services.AddSingleton<SyncStatusStore>();
        services.AddSingleton<SyncLease>();
        services.AddSingleton(sp => new GraphConnection(
            sp.GetRequiredService<IOptions<GraphOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetService<IAuthenticationProvider>(),
            sp.GetService<GraphTransport>()));
        services.AddSingleton<GraphSynchronizer>();
        services.AddSingleton<GraphSyncService>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphSyncService>());
        services.AddHealthChecks().AddCheck<GraphSyncHealthCheck>("graph-sync", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
