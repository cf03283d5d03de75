using System.Diagnostics;
using System.Globalization;

namespace ExpertBot.Benchmarks;

/// <summary>Single-operation times from Stopwatch ticks, summarised by nearest-rank percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<long> ticks = [];

    public int Count => ticks.Count;

    public void Add(long elapsedTicks) => ticks.Add(elapsedTicks);

    public double Milliseconds(double percentile)
    {
        if (ticks.Count == 0)
        {
            return double.NaN;
        }

        var sorted = ticks.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return ToMilliseconds(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)]);
    }

    public double MeanMilliseconds => ticks.Count == 0 ? double.NaN : ToMilliseconds((long)ticks.Average());

    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"n={Count,5}  mean {MeanMilliseconds,8:N3} ms  p50 {Milliseconds(50),8:N3} ms  p95 {Milliseconds(95),8:N3} ms  p99 {Milliseconds(99),8:N3} ms  max {Milliseconds(100),8:N3} ms");

    private static double ToMilliseconds(long elapsed) => elapsed * 1000.0 / Stopwatch.Frequency;
}
