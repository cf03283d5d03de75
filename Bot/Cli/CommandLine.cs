namespace ExpertBot.Cli;

/// <summary>
/// The commands the same executable runs instead of the web host: ranking and measuring from a snapshot,
/// generating organisations, packaging the Teams app. Errors go to stderr with a non-zero exit code.
/// </summary>
internal static class CommandLine
{
    private static readonly Dictionary<string, Func<string[], TextWriter, TextWriter, CancellationToken, Task<int>>> Commands =
        new(StringComparer.Ordinal)
        {
            ["rank"] = RankCommand.RunAsync,
            ["ask"] = AskCommand.RunAsync,
            ["package"] = Deployment.PackageCommand.RunCommandAsync,
            ["generate"] = Demo.GenerateCommand.RunCommandAsync,
            ["eval"] = EvalCommand.RunAsync,
            ["digest"] = Digest.DigestCommand.RunAsync,
            ["sync"] = Graph.SyncCommand.RunCommandAsync,
            ["export"] = Graph.ExportCommand.RunCommandAsync,
        };

    /// <summary>A first argument that is not an option names a command (the web host's arguments all start with "--").</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-') || args is ["-h" or "--help", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (args[0] is "help" or "-h" or "--help")
        {
            await stdout.WriteLineAsync(Usage);
            return 0;
        }

        if (!Commands.TryGetValue(args[0], out var command))
        {
            await stderr.WriteLineAsync($"error: unknown command '{args[0]}'");
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            return await command(args[1..], stdout, stderr, cancellationToken);
        }
        catch (CommandLineException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or Snapshots.SnapshotFormatException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }

    public const string Usage = """
        ExpertBot — without a command it runs the bot's web host. Commands:
          rank  --snapshot DIR --queries FILE --out FILE [--top N] [--as-of DATE] rank people for each query (JSON Lines out)
          ask   --snapshot DIR "who knows X?"                        answer one question in the terminal
          generate --out DIR [--people N] [--seed S] [--as-of DATE]  write a synthetic organisation with ground truth
          digest --snapshot DIR --as-of DATE [--json] [--lang fr]   the rising experts of the week ending at DATE
          package --app-id GUID --domain HOST [--out FILE]           write the Teams app package (expertbot.zip)
          eval  --snapshot DIR --queries FILE [--as-of DATE] [--roles FILE] [--baseline bm25|popularity] [--lexicon on|off] [--repeat N]
                                                             NDCG@10, MAP, MRR, P@5 per group, latency, impostors
          sync                                                       one incremental Microsoft Graph sync (section Graph)
          export --out DIR [--tenant ID]                             write the stored Graph evidence as a snapshot
        """;
}
