namespace ExpertBot.Cli;

/// <summary>Parses "--name value" options and positional words; unknown options are an error, not ignored.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private Arguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    public static Arguments Parse(string[] args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string>? flagOptions = null)
    {
        var positional = new List<string>();
        var result = new Arguments(positional);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            if (flagOptions?.Contains(arg) == true)
            {
                result.flags.Add(arg);
                continue;
            }

            if (!valueOptions.Contains(arg))
            {
                throw new CommandLineException($"unknown option {arg}");
            }

            if (i + 1 >= args.Length)
            {
                throw new CommandLineException($"{arg} needs a value");
            }

            result.options[arg] = args[++i];
        }

        return result;
    }

    public bool Has(string flag) => flags.Contains(flag);

    public string Required(string name) => options.TryGetValue(name, out var value) ? value : throw new CommandLineException($"{name} is required");

    public string? Optional(string name) => options.GetValueOrDefault(name);

    public DateTimeOffset? Date(string name)
    {
        if (!options.TryGetValue(name, out var text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new CommandLineException($"{name} must be a date such as 2026-11-20, not '{text}'");
    }

    public int Int(string name, int defaultValue, int min, int max)
    {
        if (!options.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        return int.TryParse(text, out var value) && value >= min && value <= max
            ? value
            : throw new CommandLineException($"{name} must be a whole number from {min} to {max}");
    }
}
