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
        };

    public static bool IsCommand(string[] args) => args.Length > 0 && (Commands.ContainsKey(args[0]) || args[0] is "help" or "--help" or "-h");

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (!Commands.TryGetValue(args[0], out var command))
        {
            await stdout.WriteLineAsync(Usage);
            return 0;
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
          package --app-id GUID --domain HOST [--out FILE]           write the Teams app package (expertbot.zip)
          eval  --snapshot DIR --queries FILE [--as-of DATE] [--roles FILE] [--baseline]
                                                             NDCG@10, MAP, MRR, P@5 per group, latency, impostors
        """;
}
