using System.Collections.Concurrent;

namespace ExpertBot.Expertise;

/// <summary>
/// The index's per-query working memory, lent to queries and taken back. Bounded: at most Capacity are kept
/// between queries (twice the processors, since a query runs on one thread); a burst beyond that allocates and
/// lets the extra go, so memory held between bursts never grows with the peak concurrency.
/// </summary>
internal sealed class QueryScratchPool(int itemCount, int peopleCount, int itemsPerPerson)
{
    private readonly ConcurrentBag<QueryScratch> pooled = [];

    public int Capacity { get; } = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>How many are kept now.</summary>
    public int Count => pooled.Count;

    /// <summary>The bytes one holds at this index's size.</summary>
    public long BytesEach => QueryScratch.Bytes(itemCount, peopleCount);

    public QueryScratch Rent() => pooled.TryTake(out var scratch) ? scratch : new QueryScratch(itemCount, peopleCount, itemsPerPerson);

    public void Return(QueryScratch scratch)
    {
        if (pooled.Count < Capacity)
        {
            pooled.Add(scratch);
        }
    }
}
