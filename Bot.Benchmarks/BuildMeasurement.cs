using System.Diagnostics;
using System.Runtime;
using ExpertBot.Expertise;

namespace ExpertBot.Benchmarks;

/// <summary>
/// --measure-build [--lucene]: one build of the engine's index, timed, with the peak resident memory of the
/// build itself (the peak is reset once the organisation is in memory) and the managed heap the index keeps.
/// With --lucene, the baseline's index is built too, for comparison.
/// </summary>
internal static class BuildMeasurement
{
    public static int Run(bool lucene)
    {
        MachineInfo.Describe();
        var organisation = BenchData.Load().Organisation;
        Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var residentBefore = ProcessMemory.Resident();
        var peakReset = ProcessMemory.ResetPeak();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gcBefore = GC.CollectionCount(2);

        var watch = Stopwatch.StartNew();
        var index = ExpertIndex.Build(organisation);
        watch.Stop();

        var peak = ProcessMemory.PeakResident();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var gen2 = GC.CollectionCount(2) - gcBefore;
        Collect();
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);

        Console.WriteLine($"engine build: {index.PeopleCount:N0} people, {index.ItemCount:N0} items indexed");
        Console.WriteLine($"  elapsed                         {watch.Elapsed.TotalSeconds:N1} s");
        Console.WriteLine($"  resident before the build       {ProcessMemory.Megabytes(residentBefore)} (the organisation, held by the caller)");
        Console.WriteLine($"  peak resident during the build  {ProcessMemory.Megabytes(peak)} (VmHWM{(peakReset ? ", reset before the build" : ", NOT reset: includes reading the organisation")})");
        Console.WriteLine($"  peak growth over the baseline   {ProcessMemory.Megabytes(peak - residentBefore)}");
        Console.WriteLine($"  managed heap kept by the index  {ProcessMemory.Megabytes(heapAfter - heapBefore)} (heap after minus before, organisation still alive)");
        Console.WriteLine($"  allocated during the build      {ProcessMemory.Megabytes(allocated)}, {gen2} gen2 collections");
        GC.KeepAlive(index);

        if (lucene)
        {
            var path = Path.Combine(Path.GetTempPath(), $"expertbot-lucene-{Environment.ProcessId}");
            Collect();
            var luceneBefore = ProcessMemory.Resident();
            var lucenePeakReset = ProcessMemory.ResetPeak();
            watch.Restart();
            LuceneBaseline.Build(organisation, path);
            watch.Stop();
            var size = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);
            Console.WriteLine($"lucene build (StandardAnalyzer, BM25, force-merged to one segment)");
            Console.WriteLine($"  elapsed                         {watch.Elapsed.TotalSeconds:N1} s");
            Console.WriteLine($"  index size on disk              {ProcessMemory.Megabytes(size)}");
            var lucenePeak = ProcessMemory.PeakResident();
            Console.WriteLine($"  resident before the build       {ProcessMemory.Megabytes(luceneBefore)} (the organisation and the engine's index)");
            Console.WriteLine($"  peak resident during the build  {ProcessMemory.Megabytes(lucenePeak)} (VmHWM{(lucenePeakReset ? ", reset before the build" : ", NOT reset")})");
            Console.WriteLine($"  peak growth over the baseline   {ProcessMemory.Megabytes(lucenePeak - luceneBefore)}");
            Directory.Delete(path, recursive: true);
        }

        return 0;
    }

    private static void Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
