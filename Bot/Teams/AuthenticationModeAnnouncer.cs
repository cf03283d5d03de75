using ExpertBot.Hosting;
using Microsoft.Extensions.Options;

namespace ExpertBot.Teams;

/// <summary>Says at start which authentication mode the bot runs in, so nobody deploys development mode unknowingly.</summary>
internal sealed partial class AuthenticationModeAnnouncer(IOptions<BotOptions> options, ILogger<AuthenticationModeAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsDevelopmentMode)
        {
            LogDevelopmentMode(logger);
        }
        else
        {
            LogAuthenticated(logger, options.Value.MicrosoftAppType, options.Value.MicrosoftAppId!);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = EventIds.Teams.DevelopmentMode, Level = LogLevel.Warning, Message = "No MicrosoftAppId configured: local development mode. Unauthenticated activities are accepted only from loopback callers with a loopback serviceUrl.")]
    private static partial void LogDevelopmentMode(ILogger logger);

    [LoggerMessage(EventId = EventIds.Teams.Authenticated, Level = LogLevel.Information, Message = "Bot Framework authentication on: {AppType} app {AppId}")]
    private static partial void LogAuthenticated(ILogger logger, string appType, string appId);
}
