using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ExpertBot.Expertise;

namespace ExpertBot.Benchmarks;

/// <summary>
/// Building the engine's index from the generated organisation. Allocated bytes are every allocation, not the
/// peak held: --measure-build reports the peak resident set (VmHWM).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class IndexBuildBenchmarks
{
    private Organisation organisation = Organisation.Empty;

    [GlobalSetup]
    public void Setup() => organisation = BenchData.Generate().Organisation;

    [Benchmark]
    public int Build() => ExpertIndex.Build(organisation).ItemCount;
}
