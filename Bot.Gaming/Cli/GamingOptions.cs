using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ExpertBot.Gaming.Planning;

namespace ExpertBot.Gaming.Cli;

/// <summary>The command line: where to read, where to write, and what to plant.</summary>
/// <param name="Style">One style for every topic, or null to mix all of them.</param>
internal sealed record GamingOptions(string InputDirectory, string OutputDirectory, int Seed, int Topics, GamingStyle? Style)
{
    public const string Usage =
        "usage: Bot.Gaming --in DIR --out DIR [--seed 1] [--topics 40] " +
        "[--style all|ring|partial-ring|mixed-ring|promoter|hijack|sockpuppet]";

    public static bool TryParse(
        IReadOnlyList<string> args,
        [NotNullWhen(true)] out GamingOptions? options,
        [NotNullWhen(false)] out string? error)
    {
        options = null;
        string? input = null;
        string? output = null;
        var seed = 1;
        var topics = 40;
        GamingStyle? style = null;

        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                error = "Plants gaming (endorsement rings, self-promotion, hijacking, sockpuppets) into a copy of an organisation.";
                return false;
            }

            if (i + 1 >= args.Count)
            {
                error = $"missing value after {name}";
                return false;
            }

            var value = args[++i];
            switch (name)
            {
                case "--in":
                    input = value;
                    break;
                case "--out":
                    output = value;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsedSeed):
                    seed = parsedSeed;
                    break;
                case "--topics" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsedTopics)
                                     && parsedTopics > 0:
                    topics = parsedTopics;
                    break;
                case "--style" when value == "all":
                    style = null;
                    break;
                case "--style" when GamingStyleNames.TryParse(value, out var parsedStyle):
                    style = parsedStyle;
                    break;
                default:
                    error = $"unknown option or bad value: {name} {value}";
                    return false;
            }
        }

        if (input is null || output is null)
        {
            error = "--in and --out are required";
            return false;
        }

        if (string.Equals(Path.GetFullPath(input), Path.GetFullPath(output), StringComparison.Ordinal))
        {
            error = "--out must differ from --in: the input is copied, never changed";
            return false;
        }

        options = new GamingOptions(input, output, seed, topics, style);
        error = null;
        return true;
    }
}
