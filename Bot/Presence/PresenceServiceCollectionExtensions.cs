namespace ExpertBot.Presence;

internal static class PresenceServiceCollectionExtensions
{
    /// <summary>Availability and photos of the people a card shows; nothing known until a source is configured.</summary>
    public static IServiceCollection AddPresence(this IServiceCollection services)
    {
        services.AddSingleton<NoPresence>();
        services.AddSingleton<IPresenceReader>(sp => sp.GetRequiredService<NoPresence>());
        services.AddSingleton<IPhotoSource>(sp => sp.GetRequiredService<NoPresence>());
        services.AddSingleton<AvatarProvider>();
        return services;
    }
}
