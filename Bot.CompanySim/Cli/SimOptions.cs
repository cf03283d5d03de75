using System.Globalization;

namespace ExpertBot.CompanySim.Cli;

/// <summary>The command line: --out DIR [--people 3000] [--seed 1] [--as-of 2026-11-20].</summary>
internal sealed record SimOptions(string Out, int People, int Seed, DateOnly AsOf)
{
    public const string Usage = "usage: Bot.CompanySim --out DIR [--people 3000] [--seed 1] [--as-of 2026-11-20]";

    public static SimOptions Parse(IReadOnlyList<string> args)
    {
        string? output = null;
        var people = 3000;
        var seed = 1;
        var asOf = new DateOnly(2026, 11, 20);
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--out":
                    output = value;
                    break;
                case "--people":
                    people = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 50 and <= 200_000
                        ? p
                        : throw new ArgumentException("--people must be a whole number from 50 to 200000");
                    break;
                case "--seed":
                    seed = int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : throw new ArgumentException("--seed must be a whole number");
                    break;
                case "--as-of":
                    asOf = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new ArgumentException("--as-of must be a date, yyyy-MM-dd");
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new SimOptions(output ?? throw new ArgumentException("--out is required"), people, seed, asOf);
    }
}
