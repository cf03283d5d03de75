using System.Net;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Routing;

/// <summary>Routing settings are checked when the host starts, not when the first question is routed.</summary>
[Collection(AzuriteTables.Name)]
public sealed class RoutingOptionsTests
{
    [Theory]
    [InlineData("Routing:BatchSize", "0", "BatchSize")]
    [InlineData("Routing:WeeklyCap", "0", "WeeklyCap")]
    [InlineData("Routing:ThanksAfterDays", "30", "KeepDays")]
    public async Task An_invalid_routing_setting_stops_the_host_at_start(string key, string value, string named)
    {
        await using var factory = new BotFactory(issuer: null, remoteAddress: IPAddress.Loopback, settings: new Dictionary<string, string?> { [key] = value });

        var error = await Record.ExceptionAsync(factory.StartAsync);

        Assert.NotNull(error);
        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }
}
