using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ExpertBot.Benchmarks;

/// <summary>
/// For operations of seconds (a build, a save, a load): a few timed runs, no pilot, in-process like the rest
/// (see <see cref="BenchConfig"/>).
/// </summary>
internal sealed class MonitoringConfig : ManualConfig
{
    public MonitoringConfig() => AddJob(Job.Dry
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(1)
        .WithIterationCount(3)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("Monitoring"));
}
