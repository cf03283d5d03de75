namespace ExpertBot.Endorsements;

internal static class EndorsementServiceCollectionExtensions
{
    /// <summary>Endorsements: the store, the in-memory social layer the ranking reads, and the notices.</summary>
    public static IServiceCollection AddEndorsements(this IServiceCollection services)
    {
        services.AddOptions<EndorsementOptions>().BindConfiguration(EndorsementOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EndorsementStore>();
        services.AddSingleton<SocialLayer>();
        services.AddSingleton<EndorsementService>();
        services.AddSingleton<EndorsementNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<EndorsementNotifier>());
        return services;
    }
}
