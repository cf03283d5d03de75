using ExpertBot.Cli;
using Microsoft.Extensions.Options;

namespace ExpertBot.Graph;

/// <summary>sync: one incremental Graph sync of the configured tenant, with its progress on the terminal.</summary>
internal static class SyncCommand
{
    public static Task<int> RunCommandAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, GraphCommandHost.DefaultConfiguration(), null, stdout, stderr, cancellationToken);

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, Action<IServiceCollection>? configure, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        Arguments.Parse(args, []);
        await using var services = GraphCommandHost.Build(configuration, configure);
        var options = services.GetRequiredService<IOptions<GraphOptions>>().Value;
        if (!options.IsConfigured)
        {
            throw new CommandLineException("Graph is not configured: set Graph:TenantId, Graph:ClientId and Graph:ClientSecret or Graph:CertificatePath (see docs/graph.md)");
        }

        var progress = new TerminalProgress(stdout, ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected);
        var report = await services.GetRequiredService<GraphSyncService>().TrySyncAsync(progress, cancellationToken);
        progress.Finish();
        if (report is null)
        {
            await stderr.WriteLineAsync("error: another instance is syncing this tenant now (the lease is held); try again later");
            return 1;
        }

        await stdout.WriteLineAsync(
            $"synced {options.TenantId}: {report.People} people, {report.Items} items; this run stored {report.ItemsStored}, removed {report.ItemsRemoved}, skipped {report.Skipped}");
        return 0;
    }

    /// <summary>One line rewritten in place on a terminal; a line per stage when the output is redirected.</summary>
    private sealed class TerminalProgress(TextWriter output, bool interactive) : IProgress<SyncProgress>
    {
        private readonly Lock gate = new();
        private string? lastStage;

        public void Report(SyncProgress value)
        {
            lock (gate)
            {
                var line = $"{value.Stage}: {value.People} people, {value.ItemsStored} items stored, {value.ItemsRemoved} removed";
                if (interactive)
                {
                    output.Write("\r" + (line.Length > 110 ? line[..110] : line.PadRight(110)));
                }
                else if (value.Stage != lastStage)
                {
                    output.WriteLine(line);
                }

                lastStage = value.Stage;
            }
        }

        public void Finish()
        {
            if (interactive && lastStage is not null)
            {
                output.WriteLine();
            }
        }
    }
}
