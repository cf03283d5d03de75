using System.Text.Json.Nodes;
using ExpertBot.Expertise;
using ExpertBot.Graph;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace ExpertBot.Tests.Graph;

/// <summary>
/// One source failing for good must not stop the others. Channel messages read with an application permission are a
/// Teams protected API and answer 403 until Microsoft approves the app's request
/// (https://learn.microsoft.com/graph/teams-protected-apis); a listed team that was deleted answers 404, and so does
/// the library of a team whose SharePoint site is not provisioned yet.
/// </summary>
[Collection(AzuriteTables.Name)]
public sealed class GraphSourceFailureTests : IDisposable
{
    private const string DeletedTeam = "a3f0c1d2-0000-4000-8000-0000000000de";
    private const string NewTeam = "a3f0c1d2-0000-4000-8000-0000000000ee";
    private readonly FakeGraph graph = new();

    public void Dispose() => graph.Dispose();

    [Fact]
    public async Task A_permanent_403_on_channel_messages_and_404_teams_leave_people_and_documents_synced_and_published_and_name_the_failing_sources()
    {
        new FakeTenant(graph).WithOrganisation(12).WithWork(12);
        AddTeamWithoutLibrary();
        graph.Fail("/messages/delta", 403, count: int.MaxValue);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = new GraphSyncHarness(graph, time: time, settings: ListTeams);

        var report = await bot.SyncAsync();

        Assert.Equal(12, (await bot.StoredPeopleAsync()).Count);
        var items = await bot.StoredItemsAsync();
        // Per person: a site document (creator and editor: 2 items) and a team document; no message could be read.
        Assert.Equal(12 * 3, items.Count);
        Assert.DoesNotContain(items.Values, i => i.Kind == EvidenceKinds.Message);
        Assert.Equal(12, bot.Catalog.For(GraphSyncHarness.TenantId)!.PeopleCount);
        string[] failing = [$"messages|{FakeTenant.PublicTeam}|{FakeTenant.Design}", $"messages|{FakeTenant.PublicTeam}|{FakeTenant.General}", $"team|{DeletedTeam}", $"teamdrive|{NewTeam}"];
        Assert.Equal(failing.Order(StringComparer.Ordinal), report.Failing.Select(s => s.Source).Order(StringComparer.Ordinal));
        Assert.All(report.Failing, s => Assert.True(s.Permanent));
        Assert.Contains("protected API", report.Failing.First(s => s.Source.StartsWith("messages|", StringComparison.Ordinal)).LastError, StringComparison.Ordinal);
        Assert.StartsWith("404", report.Failing.Single(s => s.Source == $"team|{DeletedTeam}").LastError, StringComparison.Ordinal);

        var statuses = await bot.StatusesAsync();
        Assert.Equal(12, statuses[PeopleSync.Source].Items);
        Assert.Equal(24, statuses[DocumentSync.SourceOf(FakeTenant.SiteDrive)].Items);
        Assert.Equal(12, statuses[$"teamdrive|{FakeTenant.PublicTeam}"].Items);
        Assert.Equal("team:Platform/Documents", statuses[$"teamdrive|{FakeTenant.PublicTeam}"].Name);
        var general = statuses[ChannelSync.SourceOf(FakeTenant.PublicTeam, FakeTenant.General)];
        Assert.Equal((1, time.GetUtcNow().AddHours(1)), (general.Failures, general.NextRetry));
        Assert.Null(general.LastSuccess);
    }

    [Fact]
    public async Task A_failing_source_is_tried_again_with_back_off_not_at_every_run_and_syncs_once_the_cause_is_gone()
    {
        new FakeTenant(graph).WithOrganisation(12).WithWork(12);
        graph.Fail("/messages/delta", 403, count: int.MaxValue);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = new GraphSyncHarness(graph, time: time, settings: s =>
        {
            s["Graph:Teams:0"] = FakeTenant.PublicTeam;
            s["Graph:Teams:1"] = DeletedTeam;
        });
        await bot.SyncAsync();
        int MessageRequests() => graph.Requests.Count(r => r.PathAndQuery.Contains("/messages/delta", StringComparison.Ordinal));
        int TeamRequests() => graph.Requests.Count(r => r.PathAndQuery.StartsWith($"/v1.0/teams/{DeletedTeam}", StringComparison.Ordinal));

        graph.ClearLog();
        time.Advance(TimeSpan.FromMinutes(59));
        var waiting = await bot.SyncAsync();
        Assert.Equal(0, MessageRequests());
        Assert.Equal(0, TeamRequests());
        // Still named as failing while they wait.
        Assert.Equal(3, waiting.Failing.Count);

        time.Advance(TimeSpan.FromMinutes(2));
        await bot.SyncAsync();
        Assert.Equal(2, MessageRequests());
        var general = (await bot.StatusesAsync())[ChannelSync.SourceOf(FakeTenant.PublicTeam, FakeTenant.General)];
        // Doubled after the second failure in a row.
        Assert.Equal((2, time.GetUtcNow().AddHours(2)), (general.Failures, general.NextRetry));

        graph.ClearLog();
        time.Advance(TimeSpan.FromMinutes(90));
        await bot.SyncAsync();
        Assert.Equal(0, MessageRequests());

        // Microsoft approved the protected API: the next try reads every channel.
        graph.ClearFaults();
        time.Advance(TimeSpan.FromMinutes(31));
        var report = await bot.SyncAsync();
        Assert.Equal(2, MessageRequests());
        Assert.Equal([$"team|{DeletedTeam}"], report.Failing.Select(s => s.Source));
        Assert.Equal(12 * 2, (await bot.StoredItemsAsync()).Values.Count(i => i.Kind == EvidenceKinds.Message));
        general = (await bot.StatusesAsync())[ChannelSync.SourceOf(FakeTenant.PublicTeam, FakeTenant.General)];
        Assert.False(general.Failing);
        Assert.Equal(time.GetUtcNow(), general.LastSuccess);
        Assert.Equal(12, general.Items);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_is_transient_and_tried_again_at_the_next_run()
    {
        new FakeTenant(graph).WithOrganisation(8).WithWork(8);
        graph.Fail("site-engineering-drive/root/delta", 503, count: 2);
        await using var bot = new GraphSyncHarness(graph, settings: s => s["Graph:MaxRetries"] = "0");

        var failed = Assert.Single((await bot.SyncAsync()).Failing);
        Assert.False(failed.Permanent);
        Assert.Equal(DocumentSync.SourceOf(FakeTenant.SiteDrive), failed.Source);
        Assert.Single((await bot.SyncAsync()).Failing);
        Assert.Empty((await bot.SyncAsync()).Failing);
        Assert.Equal(8 * 5, (await bot.StoredItemsAsync()).Count);
    }

    [Fact]
    public async Task People_failing_postpone_teams_and_sites_so_that_no_new_person_s_work_is_read_and_lost()
    {
        new FakeTenant(graph).WithOrganisation(8).WithWork(8);
        graph.Fail("/users", 403, count: int.MaxValue);
        await using var bot = new GraphSyncHarness(graph);

        var report = await bot.SyncAsync();

        Assert.Equal(PeopleSync.Source, Assert.Single(report.Failing).Source);
        Assert.DoesNotContain(graph.Requests, r => r.PathAndQuery.Contains("/delta", StringComparison.Ordinal) && !r.PathAndQuery.Contains("/users", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("teams and sites wait for the next run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Readiness_details_say_how_many_sources_fail_and_why_without_naming_them()
    {
        new FakeTenant(graph).WithOrganisation(8).WithWork(8);
        graph.Fail("/messages/delta", 403, count: int.MaxValue);
        await using var bot = new GraphSyncHarness(graph);
        await bot.SyncAsync();

        var health = await bot.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "graph-sync");

        var entry = health.Entries["graph-sync"];
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Contains("2 of ", entry.Description, StringComparison.Ordinal);
        Assert.Contains("403 ServiceError ×2", entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Platform", entry.Description, StringComparison.Ordinal);
    }

    /// <summary>The public team, a deleted one, and a new one whose library does not exist yet.</summary>
    private static void ListTeams(Dictionary<string, string?> settings)
    {
        settings["Graph:Teams:0"] = FakeTenant.PublicTeam;
        settings["Graph:Teams:1"] = DeletedTeam;
        settings["Graph:Teams:2"] = NewTeam;
    }

    private void AddTeamWithoutLibrary()
    {
        graph.Teams[NewTeam] = new JsonObject { ["id"] = NewTeam, ["displayName"] = "Launch", ["visibility"] = "public" };
        graph.Channels[NewTeam] = [];
    }
}
