using System.Diagnostics;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Benchmarks;

/// <summary>
/// --measure-store: what a restart costs. Loads the saved index first, in a fresh process (time, peak resident
/// memory, managed heap), then saves it and loads it again a few times (times, file size).
/// </summary>
internal static class StoreMeasurement
{
    private const int Repeats = 3;

    public static int Run()
    {
        MachineInfo.Describe();
        BenchData.Prepare();
        var residentBefore = ProcessMemory.Resident();
        ProcessMemory.ResetPeak();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var index = Load(BenchData.EnginePath);
        watch.Stop();
        var peak = ProcessMemory.PeakResident();
        var heap = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        Console.WriteLine($"first load: {index.PeopleCount:N0} people, {index.ItemCount:N0} items in {watch.Elapsed.TotalSeconds:N2} s");
        Console.WriteLine($"  peak resident {ProcessMemory.Megabytes(peak)} (from {ProcessMemory.Megabytes(residentBefore)} before), managed heap kept {ProcessMemory.Megabytes(heap)}");

        var path = Path.Combine(Path.GetTempPath(), $"expertbot-store-{Environment.ProcessId}.idx");
        try
        {
            var saves = new List<double>();
            var loads = new List<double>();
            for (var i = 0; i < Repeats; i++)
            {
                watch.Restart();
                using (var stream = File.Create(path))
                {
                    ExpertIndexStore.SaveAsync(index, stream).GetAwaiter().GetResult();
                }

                saves.Add(watch.Elapsed.TotalSeconds);
                watch.Restart();
                GC.KeepAlive(Load(path));
                loads.Add(watch.Elapsed.TotalSeconds);
            }

            Console.WriteLine($"file size {ProcessMemory.Megabytes(new FileInfo(path).Length)}");
            Console.WriteLine($"save  {string.Join(", ", saves.Select(s => $"{s:N2} s"))}");
            Console.WriteLine($"load  {string.Join(", ", loads.Select(s => $"{s:N2} s"))} (file in the page cache)");
        }
        finally
        {
            File.Delete(path);
        }

        return 0;
    }

    private static ExpertIndex Load(string path)
    {
        using var stream = File.OpenRead(path);
        return ExpertIndexStore.LoadAsync(stream).GetAwaiter().GetResult();
    }
}
