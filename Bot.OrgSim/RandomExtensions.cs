using System.Runtime.InteropServices;

namespace ExpertBot.OrgSim;

/// <summary>Small helpers over <see cref="Random"/>; every random choice in the generator goes through a seeded instance.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    public static double Between(this Random rng, double min, double max) => min + (rng.NextDouble() * (max - min));

    /// <summary>Inclusive on both ends.</summary>
    public static int Range(this Random rng, int min, int max) => rng.Next(min, max + 1);

    public static double Gaussian(this Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static int WeightedIndex(this Random rng, IReadOnlyList<double> weights)
    {
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
        }

        var r = rng.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    public static void ShuffleList<T>(this Random rng, List<T> list) => rng.Shuffle(CollectionsMarshal.AsSpan(list));

    /// <summary>A version-4-shaped GUID drawn from the seeded generator (never from the OS).</summary>
    public static string NewGuid(this Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    public static string Hex(this Random rng, int length)
    {
        const string digits = "0123456789abcdef";
        return string.Create(length, rng, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = digits[r.Next(16)];
            }
        });
    }

    public static string Digits(this Random rng, int length) => string.Create(length, rng, static (span, r) =>
    {
        span[0] = (char)('1' + r.Next(9));
        for (var i = 1; i < span.Length; i++)
        {
            span[i] = (char)('0' + r.Next(10));
        }
    });
}
