using System.Globalization;
using ExpertBot.Cli;
using Microsoft.Extensions.Options;

namespace ExpertBot.Graph;

/// <summary>
/// sync: one incremental Graph sync of the configured tenant, with its progress on the terminal, then the sources that
/// failed. sync --status: what every source's last sync did (read from the SyncStatus table, no Graph request).
/// Exit code 0 when every source synced, 2 when some failed (the others were synced and published), 1 otherwise.
/// </summary>
internal static class SyncCommand
{
    public const int SomeSourcesFailed = 2;

    public static Task<int> RunCommandAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, GraphCommandHost.DefaultConfiguration(), null, stdout, stderr, cancellationToken);

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, Action<IServiceCollection>? configure, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var arguments = Arguments.Parse(args, [], ["--status"]);
        await using var services = GraphCommandHost.Build(configuration, configure);
        var options = services.GetRequiredService<IOptions<GraphOptions>>().Value;
        if (arguments.Has("--status"))
        {
            var tenant = options.TenantId ?? throw new CommandLineException("Graph:TenantId is not configured (see docs/graph.md)");
            var statuses = await services.GetRequiredService<SyncStatusStore>().LoadAsync(tenant, cancellationToken);
            await WriteStatusAsync(stdout, tenant, statuses, services.GetRequiredService<TimeProvider>().GetUtcNow());
            return statuses.Any(s => s.Failing) ? SomeSourcesFailed : 0;
        }

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
        if (report.Failing.Count == 0)
        {
            return 0;
        }

        await stderr.WriteLineAsync($"{report.Failing.Count} source(s) failed; the others were synced and published:");
        foreach (var s in report.Failing)
        {
            await stderr.WriteLineAsync($"  {s.Name}: {s.LastError} (next try {When(s.NextRetry)})");
        }

        return SomeSourcesFailed;
    }

    private static async Task WriteStatusAsync(TextWriter output, string tenant, IReadOnlyList<SyncSourceStatus> statuses, DateTimeOffset now)
    {
        if (statuses.Count == 0)
        {
            await output.WriteLineAsync($"{tenant}: no sync has run yet");
            return;
        }

        var failing = statuses.Count(s => s.Failing);
        await output.WriteLineAsync($"{tenant}: {statuses.Count} sources, {statuses.Count - failing} ok, {failing} failing (at {When(now)})");
        foreach (var s in statuses.OrderBy(s => s.Failing ? 0 : 1).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            var items = s.Items is { } n ? $"{n} items" : "-";
            await output.WriteLineAsync($"{(s.Failing ? "FAILING" : "ok"),-8}{s.Name}  [{s.Source}]");
            await output.WriteLineAsync($"        last success {When(s.LastSuccess)}; {items}");
            if (s.Failing)
            {
                var kind = s.Permanent ? "permanent" : "transient";
                await output.WriteLineAsync($"        {s.Failures} failure(s) in a row since {When(s.LastFailure)} ({kind}): {s.LastError}");
                await output.WriteLineAsync($"        next try {When(s.NextRetry)}");
            }
            else if (s.LastError is not null)
            {
                await output.WriteLineAsync($"        last failure {When(s.LastFailure)}: {s.LastError}");
            }
        }
    }

    private static string When(DateTimeOffset? at) => at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";

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
