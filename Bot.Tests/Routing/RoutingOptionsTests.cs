using System.Net;
using Microsoft.Extensions.Options;
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

        // The host stops and says which setting. Under load WebApplicationFactory can surface an
        // ObjectDisposedException of the provider the failed start disposed, instead of the validation error
        // (dotnet/aspnetcore#33494); the host's own log of its failed start still names the setting.
        Assert.NotNull(error);
        Assert.True(
            error.ToString().Contains(named, StringComparison.Ordinal)
            || factory.Logs.Lines.Any(l => l.Contains(nameof(OptionsValidationException), StringComparison.Ordinal) && l.Contains(named, StringComparison.Ordinal)),
            error.ToString());
    }
}
