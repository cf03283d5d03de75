using ExpertBot.Teams;

namespace ExpertBot.Expertise;

internal static class ExpertiseServiceCollectionExtensions
{
    /// <summary>The evidence indexes, one per tenant, and the options that shape answers.</summary>
    public static IServiceCollection AddExpertise(this IServiceCollection services)
    {
        // The snapshot's index is published under this id: in the one spelling activities use (see TenantIds).
        services.AddOptions<ExpertiseOptions>().BindConfiguration(ExpertiseOptions.Section)
            .PostConfigure(o => o.SnapshotTenantId = TenantIds.Canonical(o.SnapshotTenantId))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ExpertiseCatalog>();
        return services;
    }
}
