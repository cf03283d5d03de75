using System.Diagnostics;
using System.Globalization;

namespace ExpertBot.Demo;

/// <summary>
/// <c>generate --people N --seed S --as-of DATE [--items-per-person K] --out DIR</c>: writes a synthetic
/// organisation snapshot and its ground truth. Returns 0 on success, 2 on bad arguments.
/// </summary>
internal static class GenerateCommand
{
    public const string Usage =
        "usage: generate --out DIR [--people N] [--seed S] [--as-of YYYY-MM-DD] [--items-per-person K] [--playground-people]\n" +
        "  defaults: --people 300 --seed 42 --as-of 2026-11-20 --items-per-person 20";

    public static async Task<int> RunCommandAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        if (!TryParse(args, out var options, out var directory, out var error))
        {
            await stderr.WriteLineAsync(error.AsMemory(), cancellationToken);
            await stderr.WriteLineAsync(Usage.AsMemory(), cancellationToken);
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        var result = SyntheticOrganisation.Generate(options);
        await SyntheticOrganisationFiles.WriteAsync(directory, result, cancellationToken);
        var organisation = result.Organisation;
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {organisation.People.Count} people, {organisation.Signals.Count} signals, {organisation.Endorsements.Count} endorsements, " +
            $"{result.Queries.Count} queries, {result.Roles.Count} roles and {result.Risers.Count} risers to {Path.GetFullPath(directory)} " +
            $"in {stopwatch.Elapsed.TotalSeconds:0.0} s.").AsMemory(), cancellationToken);
        return 0;
    }

    /// <summary>Parses the options after the command word; a leading "generate" is tolerated.</summary>
    public static bool TryParse(string[] args, out SyntheticOrganisationOptions options, out string directory, out string error)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = new SyntheticOrganisationOptions();
        directory = "";
        error = "";
        var start = args.Length > 0 && args[0] == "generate" ? 1 : 0;
        for (var i = start; i < args.Length; i += 2)
        {
            var name = args[i];
            if (name == "--playground-people")
            {
                options = options with { PlaygroundPeople = true };
                i--;
                continue;
            }

            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"error: {name} needs a value.";
                return false;
            }

            var value = args[i + 1];
            switch (name)
            {
                case "--people" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var people)
                    && people >= SyntheticOrganisationOptions.MinimumPeople && people <= 10_000_000:
                    options = options with { People = people };
                    break;
                case "--people":
                    error = $"error: --people must be a whole number from {SyntheticOrganisationOptions.MinimumPeople} to 10000000, not '{value}'.";
                    return false;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--seed":
                    error = $"error: --seed must be a whole number, not '{value}'.";
                    return false;
                case "--as-of" when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var asOf):
                    options = options with { AsOf = asOf.ToUniversalTime() };
                    break;
                case "--as-of":
                    error = $"error: --as-of must be a date such as 2026-11-20, not '{value}'.";
                    return false;
                case "--items-per-person" when double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var perPerson)
                    && perPerson >= 1 && perPerson <= 1000:
                    options = options with { ItemsPerPerson = perPerson };
                    break;
                case "--items-per-person":
                    error = $"error: --items-per-person must be a number from 1 to 1000, not '{value}'.";
                    return false;
                case "--out" when !string.IsNullOrWhiteSpace(value):
                    directory = value;
                    break;
                default:
                    error = $"error: unknown option '{name}'.";
                    return false;
            }
        }

        if (directory.Length == 0)
        {
            error = "error: --out DIR is required.";
            return false;
        }

        return true;
    }
}
