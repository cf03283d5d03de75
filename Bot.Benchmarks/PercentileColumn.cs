using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ExpertBot.Benchmarks;

/// <summary>
/// A percentile of the iteration times that BenchmarkDotNet has no built-in column for (P99). Each iteration
/// averages many operations, so this is the tail of iterations, not of single queries: the
/// --measure-latency mode gives per-query percentiles.
/// </summary>
internal sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"{nameof(PercentileColumn)}.P{percentile}";

    public string ColumnName => $"P{percentile}";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => percentile;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => $"{percentile}th percentile of the iteration times (per operation)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }

        var nanoseconds = statistics.Percentiles.Percentile(percentile);
        return style.PrintUnitsInContent
            ? Format(nanoseconds)
            : (nanoseconds / 1_000_000).ToString("N3", CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;

    private static string Format(double nanoseconds) => nanoseconds switch
    {
        >= 1_000_000_000 => (nanoseconds / 1_000_000_000).ToString("N3", CultureInfo.InvariantCulture) + " s",
        >= 1_000_000 => (nanoseconds / 1_000_000).ToString("N3", CultureInfo.InvariantCulture) + " ms",
        >= 1_000 => (nanoseconds / 1_000).ToString("N1", CultureInfo.InvariantCulture) + " us",
        _ => nanoseconds.ToString("N1", CultureInfo.InvariantCulture) + " ns",
    };
}
