namespace ExpertBot.Privacy;

internal static class PrivacyServiceCollectionExtensions
{
    /// <summary>People's choices: hide me, forget me, notices, featuring — honoured by every path.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<PreferenceStore>();
        return services;
    }
}
