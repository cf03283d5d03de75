using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using ExpertBot.Expertise;

namespace ExpertBot.Benchmarks;

/// <summary>
/// --measure-concurrency [--concurrency 16] [--count N]: N queries (every group, round-robin) answered by
/// 16 threads at once over one index, as a busy bot would. Reports throughput, per-query latency under
/// concurrency, and what the concurrency costs in memory: the index lends one scratch (arrays sized by items
/// and people) to each query in flight, from a pool that makes at most its capacity; a query beyond that waits
/// for one to come back. The same for the Lucene baseline, and one thread alone.
/// </summary>
internal static class ConcurrencyMeasurement
{
    private const int WarmUpRounds = 2;

    public static int Run(int concurrency, int count)
    {
        MachineInfo.Describe();
        var queries = BenchData.Queries();
        var engine = BenchData.LoadEngine();
        using var lucene = BenchData.OpenLucene();
        var asOf = BenchScale.AsOf(engine);
        var pool = engine.Scratches;
        int Engine(BenchQuery q) => engine.Search(new ExpertQuery(q.Topic, asOf, BenchScale.Top)).Count;
        int Lucene(BenchQuery q) => lucene.Search(q.Topic, BenchScale.Top).Count;
        Console.WriteLine($"{engine.PeopleCount:N0} people, {engine.ItemCount:N0} items; {queries.Count} queries, {count:N0} per run, {concurrency} threads, as of {asOf:yyyy-MM-dd HH:mm} UTC");

        // One thread: JIT, page cache, and a pool of one scratch.
        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var query in queries)
            {
                Engine(query);
                Lucene(query);
            }
        }

        Console.WriteLine($"scratch pool after {WarmUpRounds} single-thread rounds: {pool.Count} kept (capacity {pool.Capacity}); one scratch holds {ProcessMemory.Megabytes(pool.BytesEach)} ({engine.ItemCount:N0} items, {engine.PeopleCount:N0} people)");

        var alone = Measure(1, count, queries, Engine, pool);
        Print("engine, 1 thread", alone, count);

        var first = Measure(concurrency, count, queries, Engine, pool);
        Print($"engine, {concurrency} threads, first burst (pool grows)", first, count);
        var poolGrowth = first.PoolAfter - first.PoolBefore;
        Console.WriteLine($"  pool {first.PoolBefore} → {first.PoolAfter} scratches kept; {ProcessMemory.Megabytes(first.Allocated)} allocated in all ({ProcessMemory.Megabytes(first.Allocated - alone.Allocated)} more than one thread: the scratches the pool made, up to its capacity)");
        Console.WriteLine($"  managed heap before {ProcessMemory.Megabytes(first.HeapBefore)}, peak sampled during {ProcessMemory.Megabytes(first.HeapPeak)}, after a full collection {ProcessMemory.Megabytes(first.HeapAfter)}");
        Console.WriteLine($"  resident before {ProcessMemory.Megabytes(first.ResidentBefore)}, peak during {ProcessMemory.Megabytes(first.ResidentPeak)} (VmHWM), after {ProcessMemory.Megabytes(first.ResidentAfter)}");
        Console.WriteLine($"  per concurrent query: managed heap kept {ProcessMemory.Megabytes((first.HeapAfter - first.HeapBefore) / concurrency)}, peak heap growth {ProcessMemory.Megabytes((first.HeapPeak - first.HeapBefore) / concurrency)}, peak resident growth {ProcessMemory.Megabytes((first.ResidentPeak - first.ResidentBefore) / concurrency)} (growth ÷ {concurrency})");
        if (poolGrowth > 0)
        {
            Console.WriteLine($"  per scratch added to the pool: managed heap kept {ProcessMemory.Megabytes((first.HeapAfter - first.HeapBefore) / poolGrowth)} (growth ÷ {poolGrowth})");
        }

        var steady = Measure(concurrency, count, queries, Engine, pool);
        Print($"engine, {concurrency} threads, pool warm", steady, count);
        Console.WriteLine($"  pool {steady.PoolBefore} → {steady.PoolAfter} scratches kept; {ProcessMemory.Megabytes(steady.Allocated)} allocated; managed heap peak growth {ProcessMemory.Megabytes(steady.HeapPeak - steady.HeapBefore)}, resident peak growth {ProcessMemory.Megabytes(steady.ResidentPeak - steady.ResidentBefore)}");
        PrintGroups(steady, queries, count);

        var luceneAlone = Measure(1, count, queries, Lucene, pool);
        Print("lucene, 1 thread", luceneAlone, count);
        var luceneConcurrent = Measure(concurrency, count, queries, Lucene, pool);
        Print($"lucene, {concurrency} threads", luceneConcurrent, count);
        Console.WriteLine($"  managed heap peak growth {ProcessMemory.Megabytes(luceneConcurrent.HeapPeak - luceneConcurrent.HeapBefore)}, resident peak growth {ProcessMemory.Megabytes(luceneConcurrent.ResidentPeak - luceneConcurrent.ResidentBefore)}");
        PrintGroups(luceneConcurrent, queries, count);

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"engine ÷ lucene under {concurrency} threads: throughput {steady.Throughput(count) / luceneConcurrent.Throughput(count):N2}×, p50 {steady.All().Milliseconds(50) / luceneConcurrent.All().Milliseconds(50):N2}×, p99 {steady.All().Milliseconds(99) / luceneConcurrent.All().Milliseconds(99):N2}×"));
        GC.KeepAlive(engine);
        return 0;
    }

    private static Burst Measure(int threads, int count, IReadOnlyList<BenchQuery> queries, Func<BenchQuery, int> search, QueryScratchPool pool)
    {
        Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var residentBefore = ProcessMemory.Resident();
        ProcessMemory.ResetPeak();
        var poolBefore = pool.Count;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);

        var ticks = new long[count];
        var next = -1;
        using var start = new Barrier(threads + 1);
        using var done = new ManualResetEventSlim();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var query = queries[i % queries.Count];
                var begin = Stopwatch.GetTimestamp();
                GC.KeepAlive(search(query));
                ticks[i] = Stopwatch.GetTimestamp() - begin;
            }
        })
        { IsBackground = true, Name = $"query-{t}" }).ToArray();

        // The managed heap's peak is sampled; the resident peak is the kernel's (VmHWM).
        long heapPeak = heapBefore;
        var sampler = new Thread(() =>
        {
            while (!done.IsSet)
            {
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: false));
                done.Wait(2);
            }
        })
        { IsBackground = true, Name = "heap-sampler" };

        foreach (var worker in workers)
        {
            worker.Start();
        }

        sampler.Start();
        start.SignalAndWait();
        var watch = Stopwatch.StartNew();
        foreach (var worker in workers)
        {
            worker.Join();
        }

        watch.Stop();
        done.Set();
        sampler.Join();
        var residentPeak = ProcessMemory.PeakResident();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var collections = (GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2);
        var poolAfter = pool.Count;
        var residentAfter = ProcessMemory.Resident();
        Collect();
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        return new Burst(ticks, watch.Elapsed, allocated, collections, heapBefore, heapPeak, heapAfter, residentBefore, residentPeak, residentAfter, poolBefore, poolAfter);
    }

    private static void Print(string what, Burst run, int count)
    {
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{what}: {count:N0} queries in {run.Elapsed.TotalSeconds:N2} s, {run.Throughput(count):N0} queries/s; allocated {run.Allocated / (double)count / 1024:N0} KB per query; {run.Collections.Gen0} gen0 / {run.Collections.Gen2} gen2 collections"));
        Console.WriteLine($"  latency  {run.All().Summary()}");
    }

    private static void PrintGroups(Burst run, IReadOnlyList<BenchQuery> queries, int count)
    {
        foreach (var (group, times) in run.ByGroup(queries, count))
        {
            Console.WriteLine($"  {group,-16} {times.Summary()}");
        }
    }

    private static void Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private sealed record Burst(
        long[] Ticks,
        TimeSpan Elapsed,
        long Allocated,
        (int Gen0, int Gen2) Collections,
        long HeapBefore,
        long HeapPeak,
        long HeapAfter,
        long ResidentBefore,
        long ResidentPeak,
        long ResidentAfter,
        int PoolBefore,
        int PoolAfter)
    {
        public double Throughput(int count) => count / Elapsed.TotalSeconds;

        public Latencies All()
        {
            var all = new Latencies();
            foreach (var t in Ticks)
            {
                all.Add(t);
            }

            return all;
        }

        public IEnumerable<(string Group, Latencies Times)> ByGroup(IReadOnlyList<BenchQuery> queries, int count)
        {
            var groups = new Dictionary<string, Latencies>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var group = queries[i % queries.Count].Group;
                if (!groups.TryGetValue(group, out var times))
                {
                    groups[group] = times = new Latencies();
                }

                times.Add(Ticks[i]);
            }

            return groups.Select(g => (g.Key, g.Value));
        }
    }
}
