using ExpertBot.Digest;
using ExpertBot.Expertise;
using ExpertBot.Graph;
using ExpertBot.Privacy;
using ExpertBot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Graph;

/// <summary>The real bot host: with section Graph it ranks the tenant from Graph; without it, from the snapshot only.</summary>
[Collection(AzuriteTables.Name)]
public sealed class GraphHostTests : IDisposable
{
    private readonly FakeGraph graph = new();

    public void Dispose() => graph.Dispose();

    [Fact]
    public async Task A_bot_configured_for_Graph_syncs_on_start_and_ranks_and_digests_its_tenant_from_Graph_evidence()
    {
        new FakeTenant(graph).WithOrganisation(12).WithWork(12);
        using var bot = new BotFactory(issuer: null);
        using var configured = bot.WithWebHostBuilder(b =>
        {
            b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Graph:TenantId"] = GraphSyncHarness.TenantId,
                ["Graph:ClientId"] = "5e7d9c1b-3a2f-4d6e-8b9c-1a2b3c4d5e6f",
                ["Graph:ClientSecret"] = "not-used-by-the-fake",
                ["Graph:BaseUrl"] = graph.BaseUrl,
                ["Graph:Teams:0"] = FakeTenant.PublicTeam,
                ["Graph:Sites:0"] = FakeTenant.Site,
            }));
            b.ConfigureTestServices(GraphSyncHarness.Configure(null, null));
        });
        _ = configured.CreateClient();
        var catalog = configured.Services.GetRequiredService<ExpertiseCatalog>();

        for (var i = 0; catalog.For(GraphSyncHarness.TenantId) is not { PeopleCount: 12 }; i++)
        {
            Assert.True(i < 600, "the Graph index was not published within 30 s");
            await Task.Delay(50);
        }

        var index = catalog.For(GraphSyncHarness.TenantId)!;
        Assert.NotSame(catalog.For("another-tenant"), index);
        Assert.Equal(FakeTenant.UserId(4), index.Search("React runbook")[0].Person.Id);
        Assert.Contains(configured.Services.GetServices<IPersonDataEraser>(), e => e is GraphEvidenceStore);

        // The weekly digest reads the same synced evidence, with its text; another tenant never gets it.
        var digestSource = configured.Services.GetRequiredService<IDigestOrganisationSource>();
        var forDigest = await digestSource.ForTenantAsync(GraphSyncHarness.TenantId);
        Assert.NotNull(forDigest);
        Assert.Equal(
            Enumerable.Range(0, 12).Select(FakeTenant.UserId).Order(StringComparer.Ordinal),
            forDigest.People.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Contains(forDigest.Signals, i => i.Text is { Length: > 0 } && i.PersonId == FakeTenant.UserId(4));
        var other = await digestSource.ForTenantAsync("another-tenant");
        Assert.DoesNotContain(other?.People ?? [], p => p.Id == FakeTenant.UserId(4));
    }

    [Fact]
    public async Task Without_Graph_configuration_the_bot_answers_from_the_snapshot_and_makes_no_Graph_request()
    {
        using var bot = new BotFactory(issuer: null);
        await bot.StartAsync();

        Assert.Same(bot.Services.GetRequiredService<ExpertiseCatalog>().For("*"), bot.Services.GetRequiredService<ExpertiseCatalog>().For(GraphSyncHarness.TenantId));
        // The sync service says so when it starts, on its own thread: a loaded machine may run the test first.
        for (var i = 0; !bot.Logs.Lines.Any(l => l.Contains("Graph is not configured", StringComparison.Ordinal)); i++)
        {
            Assert.True(i < 100, "the bot never said that Graph is not configured");
            await Task.Delay(50);
        }

        Assert.Empty(graph.Requests);
    }
}
