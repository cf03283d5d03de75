using System.Collections.Concurrent;

namespace ExpertBot.Expertise;

/// <summary>
/// The index's per-query working memory, lent to queries and taken back. Bounded: at most Capacity exist (twice the
/// processors, since a query runs on one thread and more at once would only share the cores), made when first
/// needed; a query beyond that waits for one to come back instead of allocating its own. At 100,000 people one
/// holds about 70 MB, so the memory of concurrent queries is at most Capacity of them, however many arrive at once.
/// </summary>
internal sealed class QueryScratchPool(int itemCount, int peopleCount, int itemsPerPerson)
{
    private readonly ConcurrentBag<QueryScratch> pooled = [];
    private readonly object gate = new();
    private int lent;

    public int Capacity { get; } = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>How many are kept now, not lent.</summary>
    public int Count => pooled.Count;

    /// <summary>The bytes one holds at this index's size.</summary>
    public long BytesEach => QueryScratch.Bytes(itemCount, peopleCount);

    /// <summary>One scratch, waiting while Capacity are lent; give it back with <see cref="Return"/>, once.</summary>
    public QueryScratch Rent()
    {
        lock (gate)
        {
            while (lent == Capacity)
            {
                Monitor.Wait(gate);
            }

            lent++;
        }

        return pooled.TryTake(out var scratch) ? scratch : new QueryScratch(itemCount, peopleCount, itemsPerPerson);
    }

    public void Return(QueryScratch scratch)
    {
        pooled.Add(scratch);
        lock (gate)
        {
            lent--;
            Monitor.Pulse(gate);
        }
    }
}
