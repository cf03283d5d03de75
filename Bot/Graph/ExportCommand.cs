using ExpertBot.Cli;
using ExpertBot.Snapshots;
using ExpertBot.Teams;
using Microsoft.Extensions.Options;

namespace ExpertBot.Graph;

/// <summary>export --out DIR [--tenant ID]: the tenant's stored Graph evidence as a snapshot folder.</summary>
internal static class ExportCommand
{
    public static Task<int> RunCommandAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, GraphCommandHost.DefaultConfiguration(), stdout, stderr, cancellationToken);

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var a = Arguments.Parse(args, ["--out", "--tenant"]);
        var output = a.Required("--out");
        await using var services = GraphCommandHost.Build(configuration);
        var tenant = TenantIds.Canonical(a.Optional("--tenant")) ?? services.GetRequiredService<IOptions<GraphOptions>>().Value.TenantId
            ?? throw new CommandLineException("no tenant: set Graph:TenantId or pass --tenant ID");
        var (people, items) = await services.GetRequiredService<GraphEvidenceStore>().LoadAsync(tenant, cancellationToken);
        var organisation = new TenantEvidence(people, items).ToOrganisation();
        await SnapshotWriter.WriteAsync(output, organisation, cancellationToken);
        await stderr.WriteLineAsync($"exported {organisation.People.Count} people and {organisation.Signals.Count} items of {tenant} → {output}");
        return 0;
    }
}
