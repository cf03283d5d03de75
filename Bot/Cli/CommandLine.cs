namespace ExpertBot.Cli;

/// <summary>
/// The commands the same executable runs instead of the web host: operations on the bot's own data (one Graph sync,
/// an export, the week's digest, one answer). Errors go to stderr with a non-zero exit code. The measuring,
/// generating and packaging commands live in Bot.Tools (not deployed), which runs its own table with the same runner.
/// </summary>
internal static class CommandLine
{
    private static readonly Dictionary<string, Func<string[], TextWriter, TextWriter, CancellationToken, Task<int>>> Commands =
        new(StringComparer.Ordinal)
        {
            ["ask"] = AskCommand.RunAsync,
            ["digest"] = Digest.DigestCommand.RunAsync,
            ["sync"] = Graph.SyncCommand.RunCommandAsync,
            ["export"] = Graph.ExportCommand.RunCommandAsync,
        };

    // Commands that moved to Bot.Tools: the old invocation names the new one rather than answering "unknown command".
    private static readonly HashSet<string> MovedToTools = new(StringComparer.Ordinal) { "rank", "eval", "generate", "package" };

    /// <summary>A first argument that is not an option names a command (the web host's arguments all start with "--").</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-') || args is ["-h" or "--help", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (args is [var moved, ..] && MovedToTools.Contains(moved))
        {
            await stderr.WriteLineAsync($"error: '{moved}' is a command of Bot.Tools now: dotnet run --project Bot.Tools -c Release -- {moved} ...");
            return 2;
        }

        return await RunAsync(Commands, Usage, args, stdout, stderr, cancellationToken);
    }

    /// <summary>Runs the command <paramref name="args"/> names from <paramref name="commands"/>, with the shared help and error handling.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyDictionary<string, Func<string[], TextWriter, TextWriter, CancellationToken, Task<int>>> commands,
        string usage,
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken cancellationToken = default)
    {
        if (args is [] or ["help" or "-h" or "--help", ..])
        {
            await (args.Length == 0 ? stderr : stdout).WriteLineAsync(usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (!commands.TryGetValue(args[0], out var command))
        {
            await stderr.WriteLineAsync($"error: unknown command '{args[0]}'");
            await stderr.WriteLineAsync(usage);
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
          ask   --snapshot DIR "who knows X?"                        answer one question in the terminal
          digest --snapshot DIR --as-of DATE [--json] [--lang fr]   the rising experts of the week ending at DATE
          sync                                                       one incremental Microsoft Graph sync (section Graph)
          sync --status                                              each Graph source's last success, items, error and next try
          export --out DIR [--tenant ID]                             write the stored Graph evidence as a snapshot
        Measuring, generating and packaging: dotnet run --project Bot.Tools -- help
        """;
}
