using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace ExpertBot.Benchmarks;

internal static class BenchConfig
{
    /// <summary>The default config with tail columns: P95 is built in, P99 is <see cref="PercentileColumn"/>.</summary>
    public static IConfig Create() => DefaultConfig.Instance
        .AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99))
        .WithArtifactsPath(Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts"));
}
