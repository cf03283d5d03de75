using ExpertBot.Expertise;

namespace ExpertBot.Tests.Expertise;

public sealed class QueryScratchPoolTests
{
    [Fact]
    public async Task A_query_beyond_the_capacity_waits_for_a_returned_scratch_instead_of_making_one()
    {
        var pool = new QueryScratchPool(itemCount: 100, peopleCount: 10, itemsPerPerson: 10);
        var rented = Enumerable.Range(0, pool.Capacity).Select(_ => pool.Rent()).ToList();

        var waiting = Task.Run(pool.Rent);
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);

        pool.Return(rented[^1]);
        Assert.Same(rented[^1], await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        pool.Return(await waiting);
        rented[..^1].ForEach(pool.Return);
        Assert.Equal(pool.Capacity, pool.Count);
    }

    [Fact]
    public void A_returned_scratch_is_lent_again_instead_of_a_new_one()
    {
        var pool = new QueryScratchPool(itemCount: 100, peopleCount: 10, itemsPerPerson: 10);
        var first = pool.Rent();
        pool.Return(first);

        Assert.Same(first, pool.Rent());
    }

    [Fact]
    public void The_size_of_one_grows_with_the_items_and_people_it_serves() =>
        Assert.True(QueryScratch.Bytes(2_000_000, 100_000) > 10 * QueryScratch.Bytes(100_000, 5_000));
}
