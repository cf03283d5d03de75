using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ExpertBot.Benchmarks;

internal static class BenchConfig
{
    /// <summary>
    /// The default config with tail columns (P95 is built in, P99 is <see cref="PercentileColumn"/>), every job
    /// in-process: the out-of-process toolchain looks for a project named after the assembly
    /// (ExpertBot.Benchmarks.csproj) and this one is Bot.Benchmarks.csproj.
    /// </summary>
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator())
        .AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99))
        .WithArtifactsPath(Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts"));
}
