using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ExpertBot.Tests.Support;

internal static class BotFactorySettings
{
    /// <summary>The same host with some settings changed; added after BotFactory's own, so they win.</summary>
    public static WebApplicationFactory<Program> WithSettings(this BotFactory factory, Dictionary<string, string?> settings) =>
        factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings)));
}
