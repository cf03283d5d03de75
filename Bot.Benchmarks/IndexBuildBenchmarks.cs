using BenchmarkDotNet.Attributes;
using ExpertBot.Expertise;

namespace ExpertBot.Benchmarks;

/// <summary>
/// Building the engine's index from the organisation (generated, or a snapshot's). Allocated bytes are every
/// allocation, not the peak held: --measure-build reports the peak resident set (VmHWM).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MonitoringConfig))]
public class IndexBuildBenchmarks
{
    private Organisation organisation = Organisation.Empty;

    [GlobalSetup]
    public void Setup() => organisation = BenchData.Load().Organisation;

    [Benchmark]
    public int Build() => ExpertIndex.Build(organisation).ItemCount;
}
