using BenchmarkDotNet.Attributes;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Benchmarks;

/// <summary>Saving the built index to a file and loading it back, what a restart does instead of a rebuild.</summary>
[MemoryDiagnoser]
[Config(typeof(MonitoringConfig))]
public class SaveLoadBenchmarks
{
    private ExpertIndex index = null!;
    private string path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        index = BenchData.LoadEngine();
        path = Path.Combine(Path.GetTempPath(), $"expertbot-bench-{Environment.ProcessId}.idx");
        BenchData.SaveEngine(index, path);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark]
    public async Task<long> Save()
    {
        await using var stream = File.Create(path);
        await ExpertIndexStore.SaveAsync(index, stream);
        return stream.Length;
    }

    [Benchmark]
    public async Task<int> Load()
    {
        await using var stream = File.OpenRead(path);
        return (await ExpertIndexStore.LoadAsync(stream)).ItemCount;
    }
}
