using System.Globalization;
using System.Reflection;
using ExpertBot.Cli;
using ExpertBot.Expertise;

namespace ExpertBot.Evaluation;

/// <summary>
/// "--set ItemDecay=0.8,ActivityPrior=0,Kind.question=0.2" for measurements: a copy of the settings with named numbers or
/// switches changed, so a before/after comparison needs no rebuild. Unknown names are an error.
/// </summary>
internal static class SettingsOverride
{
    /// <summary>The options every ranking measurement takes: --baseline bm25 (and, for eval, popularity), --lexicon on|off, --set.</summary>
    public static readonly string[] Options = ["--baseline", "--lexicon", "--set"];

    /// <summary>
    /// The settings a measurement ranks with, from its options: the plain BM25 baseline, or ExpertBot with the curated
    /// lexicon on or off; then --set. Returns the baseline named (null for ExpertBot) and whether the lexicon is on.
    /// </summary>
    public static (ExpertiseSettings Settings, string? Baseline, bool Lexicon) FromArguments(Arguments arguments, params string[] baselines)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var baseline = arguments.Optional("--baseline");
        if (baseline is not null && !baselines.Contains(baseline, StringComparer.Ordinal))
        {
            throw new CommandLineException($"--baseline must be {string.Join(" or ", baselines)}");
        }

        var lexicon = arguments.Optional("--lexicon") ?? "on";
        if (lexicon is not ("on" or "off"))
        {
            throw new CommandLineException("--lexicon must be on or off");
        }

        var settings = baseline == "bm25" ? ExpertiseSettings.Baseline : ExpertiseSettings.Default with { UseCuratedLexicon = lexicon == "on" };
        return (Apply(settings, arguments.Optional("--set")), baseline, lexicon == "on");
    }

    public static ExpertiseSettings Apply(ExpertiseSettings settings, string? assignments)
    {
        if (string.IsNullOrWhiteSpace(assignments))
        {
            return settings;
        }

        var copy = settings with { };
        foreach (var assignment in assignments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = assignment.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].StartsWith("Kind.", StringComparison.Ordinal))
            {
                // "Kind.question=0.2": one kind's weight.
                var weight = double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w : throw new CommandLineException($"--set: '{parts[1]}' is not a number");
                copy = copy with { KindWeights = new Dictionary<string, double>(copy.KindWeights, StringComparer.Ordinal) { [parts[0]["Kind.".Length..]] = weight } };
                continue;
            }

            var property = parts.Length == 2 ? typeof(ExpertiseSettings).GetProperty(parts[0], BindingFlags.Public | BindingFlags.Instance) : null;
            if (property is null || !property.CanWrite)
            {
                throw new CommandLineException($"--set: '{assignment}' does not name a setting (Name=Value)");
            }

            object? value = property.PropertyType switch
            {
                var t when t == typeof(double) && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
                var t when t == typeof(int) && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
                var t when t == typeof(bool) && bool.TryParse(parts[1], out var b) => b,
                _ => null,
            };
            property.SetValue(copy, value ?? throw new CommandLineException($"--set: '{parts[1]}' is not a valid value for {parts[0]}"));
        }

        return copy;
    }
}
