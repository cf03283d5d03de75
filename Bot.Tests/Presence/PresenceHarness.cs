using ExpertBot.Graph;
using ExpertBot.Presence;
using ExpertBot.Tests.Graph;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Presence;

/// <summary>The presence services as the host registers them (AddGraphSync, then AddPresence), with the real Graph SDK pointed at a <see cref="FakeGraph"/>.</summary>
internal sealed class PresenceHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;

    public PresenceHarness(FakeGraph graph, Action<Dictionary<string, string?>>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:TablePrefix"] = "p" + Guid.NewGuid().ToString("N")[..12],
            ["Graph:TenantId"] = GraphSyncHarness.TenantId,
            ["Graph:ClientId"] = "5e7d9c1b-3a2f-4d6e-8b9c-1a2b3c4d5e6f",
            ["Graph:ClientSecret"] = "not-used-by-the-fake",
            ["Graph:BaseUrl"] = graph.BaseUrl,
            // A loaded test machine must not turn a slow answer into "unknown"; the timeout test sets its own.
            ["Presence:TimeoutMilliseconds"] = "20000",
        };
        settings?.Invoke(values);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        services = GraphCommandHost.Build(configuration, s =>
        {
            GraphSyncHarness.Configure(null, Logs)(s);
            s.AddPresence();
        });
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public IPresenceReader Reader => services.GetRequiredService<IPresenceReader>();

    public async ValueTask DisposeAsync() => await services.DisposeAsync();
}
