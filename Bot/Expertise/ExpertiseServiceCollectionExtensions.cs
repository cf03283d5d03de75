namespace ExpertBot.Expertise;

internal static class ExpertiseServiceCollectionExtensions
{
    /// <summary>The evidence indexes, one per tenant, and the options that shape answers.</summary>
    public static IServiceCollection AddExpertise(this IServiceCollection services)
    {
        services.AddOptions<ExpertiseOptions>().BindConfiguration(ExpertiseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ExpertiseCatalog>();
        return services;
    }
}
