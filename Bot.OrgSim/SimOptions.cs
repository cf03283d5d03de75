using System.Globalization;

namespace ExpertBot.OrgSim;

/// <summary>Command-line options.</summary>
internal sealed record SimOptions(string OutDir, int People, int Seed, DateTime AsOf, int ItemChars, double UnnamedShare = SimOptions.DefaultUnnamedShare)
{
    /// <summary>The share of work items that never name their topic, only use its vocabulary.</summary>
    public const double DefaultUnnamedShare = 0.35;

    public const string Usage =
        "usage: dotnet run -c Release --project Bot.OrgSim -- --out DIR [--people 3000] [--seed 7] [--as-of 2026-11-20] [--item-chars 300] [--unnamed-share 0.35]";

    public static SimOptions Parse(string[] args)
    {
        string? outDir = null;
        var people = 3000;
        var seed = 7;
        var asOf = new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);
        var itemChars = 300;
        var unnamedShare = DefaultUnnamedShare;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"Missing value after {args[i]}.");
            switch (args[i])
            {
                case "--out": outDir = value; break;
                case "--people": people = ParseInt(value, 10, 2_000_000, "--people"); break;
                case "--seed": seed = ParseInt(value, int.MinValue, int.MaxValue, "--seed"); break;
                case "--item-chars": itemChars = ParseInt(value, 80, 20_000, "--item-chars"); break;
                case "--unnamed-share":
                    unnamedShare = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var u) && u is >= 0 and <= 1
                        ? u
                        : throw new ArgumentException($"--unnamed-share expects a number in [0, 1], got '{value}'.");
                    break;
                case "--as-of":
                    asOf = DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
                        ? DateTime.SpecifyKind(d, DateTimeKind.Utc)
                        : throw new ArgumentException($"--as-of expects yyyy-MM-dd, got '{value}'.");
                    break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }

            i++;
        }

        return new SimOptions(outDir ?? throw new ArgumentException("--out is required."), people, seed, asOf, itemChars, unnamedShare);
    }

    private static int ParseInt(string value, int min, int max, string option) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{option} expects an integer in [{min}, {max}], got '{value}'.");
}
