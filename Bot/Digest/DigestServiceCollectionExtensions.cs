using ExpertBot.Privacy;
using ExpertBot.Storage;

namespace ExpertBot.Digest;

internal static class DigestServiceCollectionExtensions
{
    /// <summary>The weekly digest: subscriptions, rising-expert detection, the exactly-once sender and its schedule.</summary>
    public static IServiceCollection AddDigest(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<IPersonDataEraser>(sp => sp.GetRequiredService<SubscriptionStore>());
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<ChartStore>();
        services.AddSingleton<SnapshotOrganisationSource>();
        services.AddSingleton<IDigestOrganisationSource, TenantOrganisationSource>();
        services.AddSingleton<DigestSender>();
        services.AddSingleton<DigestRetention>();
        services.AddHostedService<DigestScheduler>();
        return services;
    }
}
