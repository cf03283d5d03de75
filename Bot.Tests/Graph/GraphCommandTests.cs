using ExpertBot.Graph;
using ExpertBot.Snapshots;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace ExpertBot.Tests.Graph;

[Collection(AzuriteTables.Name)]
public sealed class GraphCommandTests : IDisposable
{
    private readonly FakeGraph graph = new();
    private readonly string directory = Path.Combine(Path.GetTempPath(), "expertbot-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        graph.Dispose();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Sync_then_export_writes_the_stored_evidence_as_a_snapshot_the_reader_loads()
    {
        new FakeTenant(graph).WithOrganisation(15).WithWork(15);
        await using var bot = new GraphSyncHarness(graph);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var synced = await SyncCommand.RunAsync([], bot.Configuration, GraphSyncHarness.Configure(null, null), stdout, stderr);
        var exported = await ExportCommand.RunAsync(["--out", directory], bot.Configuration, stdout, stderr);

        Assert.Equal(0, synced);
        Assert.Equal(0, exported);
        Assert.Contains("15 people, 75 items", stdout.ToString(), StringComparison.Ordinal);
        var snapshot = await SnapshotReader.ReadAsync(directory);
        Assert.Equal(15, snapshot.People.Count);
        Assert.Equal(75, snapshot.Signals.Count);
        Assert.All(snapshot.Signals, s => Assert.NotNull(s.Source));
    }

    [Fact]
    public async Task Sync_names_the_failing_sources_and_sync_status_shows_each_source_s_last_success_items_error_and_next_try()
    {
        new FakeTenant(graph).WithOrganisation(15).WithWork(15);
        // Channel messages before Microsoft approved the protected-API request.
        graph.Fail("/messages/delta", 403, count: int.MaxValue);
        await using var bot = new GraphSyncHarness(graph);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var synced = await SyncCommand.RunAsync([], bot.Configuration, GraphSyncHarness.Configure(null, null), stdout, stderr);
        var status = new StringWriter();
        var code = await SyncCommand.RunAsync(["--status"], bot.Configuration, GraphSyncHarness.Configure(null, null), status, stderr);

        Assert.Equal(SyncCommand.SomeSourcesFailed, synced);
        Assert.Contains("15 people, 45 items", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("2 source(s) failed", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("team:Platform/General: 403", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(SyncCommand.SomeSourcesFailed, code);
        var text = status.ToString();
        Assert.Contains("2 failing", text, StringComparison.Ordinal);
        Assert.Contains("FAILING team:Platform/Design", text, StringComparison.Ordinal);
        Assert.Contains("(permanent): 403 ServiceError: channel messages are a Teams protected API", text, StringComparison.Ordinal);
        Assert.Matches(@"next try 20\d\d-\d\d-\d\d \d\d:\d\d UTC", text);
        Assert.Matches(@"ok +people +\[users\]\r?\n +last success 20\d\d-[^;]+; 15 items", text);
        Assert.Matches(@"ok +site:engineering/Documents .*\r?\n +last success 20\d\d-[^;]+; 30 items", text);
    }

    [Fact]
    public async Task Sync_without_Graph_configuration_says_what_to_set()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = Azurite.ConnectionString }).Build();
        var stderr = new StringWriter();

        var code = await ExpertBot.Cli.CommandLine.RunAsync(["sync"], TextWriter.Null, stderr);
        var direct = await Record.ExceptionAsync(() => SyncCommand.RunAsync([], configuration, null, TextWriter.Null, stderr));

        Assert.NotEqual(0, code);
        Assert.Contains("Graph:TenantId", direct!.Message, StringComparison.Ordinal);
    }
}
