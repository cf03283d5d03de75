using ExpertBot.Expertise;
using ExpertBot.Privacy;
using ExpertBot.Storage;

namespace ExpertBot.Graph;

/// <summary>
/// The services the sync and export commands need, configured from appsettings and the environment only: never from
/// a developer's user secrets, which would point a run at whatever tenant that developer last used.
/// </summary>
internal static class GraphCommandHost
{
    public static IConfiguration DefaultConfiguration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddJsonFile($"appsettings.{Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production"}.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    public static ServiceProvider Build(IConfiguration configuration, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddStorage();
        services.AddExpertise();
        services.AddPrivacy();
        services.AddGraphSync();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
