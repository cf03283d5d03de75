namespace ExpertBot.Snapshots;

internal static class SnapshotServiceCollectionExtensions
{
    /// <summary>Reads the configured organisation snapshot (the demo organisation locally) into the catalog.</summary>
    public static IServiceCollection AddSnapshotSource(this IServiceCollection services)
    {
        services.AddHostedService<SnapshotLoader>();
        return services;
    }
}
