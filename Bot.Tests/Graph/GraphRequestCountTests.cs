using ExpertBot.Tests.Support;
using Xunit.Abstractions;

namespace ExpertBot.Tests.Graph;

/// <summary>
/// How many requests a sync costs, now with every new person's photo and every new file's permissions and labels read: a full sync stays within
/// 10% of what paging (999 users a page) and $batch (20 a batch) allow, and a sync with no change costs one or two
/// requests per source. The figures for 10,000 people come from Bot.Benchmarks (--measure-graph, docs/benchmarks.md);
/// EXPERTBOT_GRAPH_PEOPLE and EXPERTBOT_GRAPH_DOCUMENTS (documents per person) run this test at another size.
/// </summary>
[Collection(AzuriteTables.Name)]
public sealed class GraphRequestCountTests(ITestOutputHelper output) : IDisposable
{
    private static readonly int People = FromEnvironment("EXPERTBOT_GRAPH_PEOPLE", 500);
    private static readonly int DocumentsPerPerson = FromEnvironment("EXPERTBOT_GRAPH_DOCUMENTS", 1);
    private readonly FakeGraph graph = new();

    public void Dispose() => graph.Dispose();

    [Fact]
    public async Task Full_sync_is_within_ten_percent_of_the_minimum_and_an_empty_incremental_sync_costs_two_requests_per_source_at_most()
    {
        new FakeTenant(graph).WithOrganisation(People).WithWork(People, DocumentsPerPerson);
        await using var bot = new GraphSyncHarness(graph);

        await bot.SyncAsync();
        var full = RequestCounts.Of(graph.Requests);
        graph.ClearLog();
        await bot.SyncAsync();
        var incremental = RequestCounts.Of(graph.Requests);

        var minimum = RequestCounts.Minimum(People, DocumentsPerPerson, graph);
        output.WriteLine($"full sync of {People} people, {People * ((2 * DocumentsPerPerson) + 3)} items: {full.Total} requests (minimum {minimum}); {full}");
        output.WriteLine($"incremental sync with no change: {incremental.Total} requests for 5 sources; {incremental}");

        Assert.InRange(full.Total, minimum, (int)(minimum * 1.1));
        Assert.InRange(incremental.Total, 5, 2 * 5);
    }


    private static int FromEnvironment(string name, int defaultValue) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : defaultValue;
}
