using ExpertBot.Cli;
using ExpertBot.Demo;
using ExpertBot.Deployment;
using ExpertBot.Evaluation;

namespace ExpertBot;

/// <summary>
/// Bot.Tools' commands: measuring the ranking, generating organisations, packaging the Teams app. The operations on
/// the bot's own data (ask, digest, sync, export) stay with the deployed executable, ExpertBot.
/// </summary>
internal static class ToolCommands
{
    private static readonly Dictionary<string, Func<string[], TextWriter, TextWriter, CancellationToken, Task<int>>> Commands =
        new(StringComparer.Ordinal)
        {
            ["rank"] = RankCommand.RunAsync,
            ["eval"] = EvalCommand.RunAsync,
            ["eval-digest"] = DigestEvalCommand.RunAsync,
            ["generate"] = GenerateCommand.RunCommandAsync,
            ["package"] = PackageCommand.RunCommandAsync,
        };

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        CommandLine.RunAsync(Commands, Usage, args, stdout, stderr, cancellationToken);

    public const string Usage = """
        ExpertBot tools (dotnet run --project Bot.Tools -c Release -- COMMAND ...). Commands:
          rank  --snapshot DIR --queries FILE --out FILE [--top N] [--as-of DATE] [--baseline bm25] [--lexicon on|off] [--set Name=Value,...]
                                                             rank people for each query (JSON Lines out)
          eval  --snapshot DIR --queries FILE [--as-of DATE] [--roles FILE] [--baseline bm25|popularity] [--lexicon on|off] [--repeat N] [--set Name=Value,...]
                                                             NDCG@10, MAP, MRR, P@5 per group, latency, impostors
          eval-digest --snapshot DIR --as-of DATE [--answers DIR] [--hide N] [--explain]
                                                             the weekly digest against an OrgSim answer key: recall per
                                                             rising pattern, precision, decoys and gaming featured
          generate --out DIR [--people N] [--seed S] [--as-of DATE]  write a synthetic organisation with ground truth
          package --app-id GUID --domain HOST [--out FILE]           write the Teams app package (expertbot.zip)
        The bot's own commands (ask, digest, sync, export): dotnet run --project Bot -c Release -- help
        """;
}
