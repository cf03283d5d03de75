namespace ExpertBot.Teams;

internal static partial class TeamsServiceCollectionExtensions
{
    /// <summary>The Bot Framework protocol: inbound authentication, trusted service URLs, the connector client.</summary>
    public static IServiceCollection AddTeamsProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        // A key fetch holds the requests waiting for it: an issuer that does not answer must not hold them for 100 s.
        services.AddHttpClient(nameof(BotAuthenticator), client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.AddConnectorClient();
        services.AddHostedService<AuthenticationModeAnnouncer>();
        services.AddOptions<TurnOptions>().BindConfiguration(TurnOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TurnQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<TurnQueue>());
        return services;
    }
}
