using ExpertBot.Expertise;
using ExpertBot.Graph;
using ExpertBot.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExpertBot.Presence;

internal static class PresenceServiceCollectionExtensions
{
    /// <summary>
    /// Availability and photos of the people a card shows. With section Graph configured (as the Graph sync decides,
    /// GraphOptions.IsConfigured): presence from Graph and the photos the sync stored. In local mode (no app id) with a
    /// demo presence file (Presence:DemoFile, or presence.jsonl in the snapshot folder): the demo organisation's
    /// availability. Otherwise nothing is known.
    /// Call after AddGraphSync, whose connection and photo store it reads.
    /// </summary>
    public static IServiceCollection AddPresence(this IServiceCollection services)
    {
        services.AddOptions<PresenceOptions>().BindConfiguration(PresenceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NoPresence>();
        services.AddSingleton<GraphPresenceReader>();
        services.AddSingleton<DemoPresence>();
        services.AddSingleton<IPresenceReader>(sp =>
            GraphConfigured(sp) ? sp.GetRequiredService<GraphPresenceReader>()
            : LocalDemo(sp) ? sp.GetRequiredService<DemoPresence>()
            : sp.GetRequiredService<NoPresence>());
        services.AddSingleton<IPhotoSource>(sp => GraphConfigured(sp) ? sp.GetRequiredService<PhotoStore>() : sp.GetRequiredService<NoPresence>());
        services.AddSingleton<AvatarProvider>();
        return services;
    }

    private static bool GraphConfigured(IServiceProvider sp) => sp.GetRequiredService<IOptions<GraphOptions>>().Value.IsConfigured;

    private static bool LocalDemo(IServiceProvider sp) =>
        sp.GetRequiredService<IOptions<BotOptions>>().Value.IsDevelopmentMode
        && DemoPresence.PathOf(sp.GetRequiredService<IOptions<PresenceOptions>>().Value, sp.GetRequiredService<IOptions<ExpertiseOptions>>().Value) is not null;
}
