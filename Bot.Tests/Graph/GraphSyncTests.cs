using System.Text.Json.Nodes;
using ExpertBot.Expertise;
using ExpertBot.Graph;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Graph;

[Collection(AzuriteTables.Name)]
public sealed class GraphSyncTests : IDisposable
{
    private readonly FakeGraph graph = new();

    public void Dispose() => graph.Dispose();

    [Fact]
    public async Task Full_sync_stores_people_profiles_documents_and_channel_messages_of_allowed_public_sources()
    {
        graph.UserPageSize = 25;
        var tenant = new FakeTenant(graph).WithOrganisation(60).WithWork(60);
        await using var bot = new GraphSyncHarness(graph);

        var report = await bot.SyncAsync();

        var people = await bot.StoredPeopleAsync();
        Assert.Equal(tenant.Findable.Order(), people.Order());
        var (stored, _) = await bot.Store.LoadAsync(GraphSyncHarness.TenantId);
        var person = stored.Single(p => p.Id == FakeTenant.UserId(1));
        Assert.Equal(["Terraform", "React"], person.Skills);
        Assert.Equal("I work on Terraform.", person.AboutMe);

        var items = await bot.StoredItemsAsync();
        // Per person: a site document (creator and editor differ: 2 items), a team document, a post and a reply.
        Assert.Equal(60 * 5, items.Count);
        Assert.Equal(report.Items, items.Count);
        Assert.All(items.Values, i => Assert.Equal(Visibility.Organization, i.Visibility));
        Assert.DoesNotContain(items.Values, i => i.Text?.Contains("Fabrikam", StringComparison.Ordinal) == true || i.Title == "Acquisition plan.docx");
        var post = items.Values.First(i => i.Kind == EvidenceKinds.Message && i.PersonId == FakeTenant.UserId(4));
        Assert.Equal("How we run React in production & why", post.Text);
        Assert.Equal("team:Platform/General", post.Source);
        Assert.Contains(items.Values, i => i.Source == "site:engineering/Documents");
        Assert.NotNull(bot.Catalog.For(GraphSyncHarness.TenantId));
    }

    [Fact]
    public async Task Delta_links_are_kept_so_a_run_without_change_makes_one_or_two_requests_per_source_and_changes_arrive_next_run()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(30).WithWork(30);
        await using var bot = new GraphSyncHarness(graph);
        await bot.SyncAsync();

        graph.ClearLog();
        await bot.SyncAsync();
        var requests = graph.Requests;
        // users delta; teams; channels; 2 channel deltas; team drive; its delta; site drives; its delta.
        Assert.Equal(9, requests.Count);
        Assert.Contains(requests, r => r.PathAndQuery.StartsWith("/v1.0/users/delta", StringComparison.Ordinal) && r.PathAndQuery.Contains("deltatoken", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => r.PathAndQuery.Contains("$batch", StringComparison.Ordinal));

        tenant.AddUser(30);
        var changed = FakeTenant.User(7, "Person 0007");
        changed["department"] = "Legal";
        graph.Users.Put(changed, graph.NextChange());
        graph.Users.Remove(FakeTenant.UserId(9), graph.NextChange(), new JsonObject { ["id"] = FakeTenant.UserId(9), ["@removed"] = new JsonObject { ["reason"] = "deleted" } });
        tenant.AddDocument(FakeTenant.SiteDrive, "01SITENEW", "Kafka sizing.xlsx", 30, 30);
        tenant.DeleteDocument(FakeTenant.SiteDrive, "01SITE00002000");
        tenant.DeleteMessage(FakeTenant.PublicTeam, FakeTenant.General, $"16{4:D11}");
        graph.ClearLog();

        await bot.SyncAsync();

        var people = await bot.StoredPeopleAsync();
        Assert.Contains(FakeTenant.UserId(30), people);
        Assert.DoesNotContain(FakeTenant.UserId(9), people);
        var (stored, _) = await bot.Store.LoadAsync(GraphSyncHarness.TenantId);
        Assert.Equal("Legal", stored.Single(p => p.Id == FakeTenant.UserId(7)).Department);
        var items = await bot.StoredItemsAsync();
        Assert.Contains(items.Values, i => i.Title == "Kafka sizing.xlsx" && i.PersonId == FakeTenant.UserId(30));
        Assert.DoesNotContain(items.Values, i => i.Id.Contains("01SITE00002000", StringComparison.Ordinal));
        Assert.DoesNotContain(items.Values, i => i.Id.Contains($":16{4:D11}#", StringComparison.Ordinal));
        // Deleted in Entra: kept inactive (restorable for 30 days), out of the published index.
        Assert.Contains(FakeTenant.UserId(9), await bot.InactivePeopleAsync());
        Assert.Null(bot.Catalog.For(GraphSyncHarness.TenantId)!.FindPerson(FakeTenant.UserId(9)));
        Assert.Contains("Person 0030", bot.Catalog.For(GraphSyncHarness.TenantId)!.FindPerson(FakeTenant.UserId(30))!.DisplayName, StringComparison.Ordinal);
        // Only the two changed people had their profile and photo read (one batch each); the new document's permissions and labels, one each.
        Assert.Equal(4, graph.Requests.Count(r => r.PathAndQuery.Contains("$batch", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Expired_delta_tokens_users_400_syncStateNotFound_and_drives_410_start_a_full_resync_that_drops_what_vanished_meanwhile()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(20).WithWork(20);
        await using var bot = new GraphSyncHarness(graph);
        await bot.SyncAsync();

        // Changes the tokens no longer cover: gone without a trace in delta.
        graph.Users.Remove(FakeTenant.UserId(3), graph.NextChange(), tombstone: null);
        graph.DriveItems[FakeTenant.SiteDrive].Remove("01SITE00005000", graph.NextChange(), tombstone: null);
        tenant.AddDocument(FakeTenant.SiteDrive, "01SITELATE", "GDPR register.xlsx", 6, 6);
        graph.ExpireDeltaTokens();
        graph.ClearLog();

        await bot.SyncAsync();

        // Users delta answers an expired token with 400 syncStateNotFound, as the real service does (see FakeGraph.ExpiredToken).
        Assert.Contains(graph.Requests, r => r.Status == 400 && r.PathAndQuery.Contains("/users/delta", StringComparison.Ordinal));
        Assert.Contains(graph.Requests, r => r.Status == 410 && r.PathAndQuery.Contains("/root/delta", StringComparison.Ordinal));
        Assert.DoesNotContain(FakeTenant.UserId(3), await bot.StoredPeopleAsync());
        Assert.Contains(FakeTenant.UserId(3), await bot.InactivePeopleAsync());
        Assert.Equal(19, (await bot.StoredPeopleAsync()).Count);
        var items = await bot.StoredItemsAsync();
        Assert.DoesNotContain(items.Values, i => i.Id.Contains("01SITE00005000", StringComparison.Ordinal));
        Assert.Contains(items.Values, i => i.Title == "GDPR register.xlsx");
        Assert.Null(bot.Catalog.For(GraphSyncHarness.TenantId)!.FindPerson(FakeTenant.UserId(3)));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("410 Gone", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("users: delta token expired or invalid (400)", StringComparison.Ordinal));

        graph.ClearLog();
        await bot.SyncAsync();
        Assert.DoesNotContain(graph.Requests, r => r.Status == 410);
    }

    [Fact]
    public async Task Throttled_requests_429_and_503_alone_or_inside_batch_are_retried_no_sooner_than_Retry_After()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(45).WithWork(45);
        graph.Fail("/users", 429, count: 1, retryAfterSeconds: 1);
        graph.Fail("site-engineering-drive/root/delta", 503, count: 1, retryAfterSeconds: 1);
        graph.Fail("/users/00000000-0000-4000-8000-0000000000", 429, count: 3, retryAfterSeconds: 2);
        graph.Fail("/messages/delta", 503, count: 2, retryAfterSeconds: 1);
        await using var bot = new GraphSyncHarness(graph);

        await bot.SyncAsync();

        Assert.Equal(tenant.Findable.Order(), (await bot.StoredPeopleAsync()).Order());
        Assert.Equal(45 * 5, (await bot.StoredItemsAsync()).Count);
        var (people, _) = await bot.Store.LoadAsync(GraphSyncHarness.TenantId);
        Assert.All(people, p => Assert.NotEmpty(p.Skills));
        var retries = graph.Retries;
        Assert.Equal(1 + 1 + 3 + 2, retries.Count);
        Assert.All(retries, r => Assert.True(r.Waited >= r.RetryAfter, $"{r.PathAndQuery} came again after {r.Waited.TotalMilliseconds} ms, Retry-After {r.RetryAfter.TotalMilliseconds} ms"));
    }

    [Fact]
    public async Task Malformed_items_are_skipped_with_a_log_and_the_rest_is_synced()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(12).WithWork(12);
        graph.Users.Put(new JsonObject { ["displayName"] = "No Id", ["mail"] = "noid@contoso.com", ["accountEnabled"] = true }, graph.NextChange());
        var broken = graph.DriveItems[FakeTenant.SiteDrive].Get("01SITE00003000")!;
        broken.Remove("createdBy");
        broken.Remove("lastModifiedBy");
        graph.Users.Get(FakeTenant.UserId(5))!["skills"] = 42;
        await using var bot = new GraphSyncHarness(graph);

        var report = await bot.SyncAsync();

        Assert.Equal(tenant.Findable.Order(), (await bot.StoredPeopleAsync()).Order());
        var items = await bot.StoredItemsAsync();
        Assert.Equal((12 * 5) - 2, items.Count);
        Assert.True(report.Skipped >= 2);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("user without id", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("document without creator or editor", StringComparison.Ordinal));
        Assert.Contains(FakeTenant.UserId(5), await bot.StoredPeopleAsync());
    }

    [Fact]
    public async Task An_interrupted_source_is_named_the_rest_is_published_and_the_next_run_resumes_it_from_its_checkpoint()
    {
        graph.DeltaPageSize = 10;
        new FakeTenant(graph).WithOrganisation(40).WithWork(40);
        graph.Fail("site-engineering-drive/root/delta", 500, count: 1, skip: 2);
        await using var bot = new GraphSyncHarness(graph);

        var first = await bot.SyncAsync();

        var failed = Assert.Single(first.Failing);
        Assert.Equal("drive|b!site-engineering-drive", failed.Source);
        Assert.False(failed.Permanent);
        var before = await bot.StoredItemsAsync();
        Assert.InRange(before.Count, 1, (40 * 5) - 1);
        // Published all the same: the team's library and channels were read after the site's library failed.
        Assert.Equal(before.Count, bot.Catalog.For(GraphSyncHarness.TenantId)!.ItemCount);
        graph.ClearLog();

        var second = await bot.SyncAsync();

        Assert.Empty(second.Failing);
        var siteDrive = graph.Requests.Where(r => r.PathAndQuery.Contains("site-engineering-drive/root/delta", StringComparison.Ordinal)).ToList();
        // The run resumed at the third page of five (the root, a folder, 40 files): the first two are not read again.
        Assert.Contains("skiptoken=-1_20", siteDrive[0].PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(3, siteDrive.Count);
        Assert.DoesNotContain(graph.Requests, r => r.PathAndQuery.StartsWith("/v1.0/users?", StringComparison.Ordinal));
        var items = await bot.StoredItemsAsync();
        Assert.Equal(40 * 5, items.Count);
        Assert.Equal(40, bot.Catalog.For(GraphSyncHarness.TenantId)!.PeopleCount);
    }

    [Fact]
    public async Task A_channel_interrupted_mid_way_is_read_again_from_its_last_page_with_every_reply()
    {
        graph.MessagePageSize = 15;
        new FakeTenant(graph).WithOrganisation(40).WithWork(40);
        graph.Fail("general-platform@thread.tacv2/messages/delta", 500, count: 1, skip: 1);
        await using var bot = new GraphSyncHarness(graph);

        Assert.Equal(ChannelSync.SourceOf(FakeTenant.PublicTeam, FakeTenant.General), Assert.Single((await bot.SyncAsync()).Failing).Source);
        Assert.Empty((await bot.SyncAsync()).Failing);

        var items = await bot.StoredItemsAsync();
        Assert.Equal(40 * 5, items.Count);
        // Every post in General has its reply (by person i + 2), though the first run stopped half-way.
        Assert.Equal(20, items.Values.Count(i => i.Source == "team:Platform/General" && i.Id.Contains(":17", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Forgotten_people_are_never_stored_and_forget_me_erases_their_synced_evidence()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(10).WithWork(10);
        await using var bot = new GraphSyncHarness(graph);
        await bot.Preferences.UpdateAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(2), p => p with { Forgotten = true });
        await bot.SyncAsync();
        Assert.DoesNotContain(FakeTenant.UserId(2), await bot.StoredPeopleAsync());
        Assert.DoesNotContain((await bot.StoredItemsAsync()).Values, i => i.PersonId == FakeTenant.UserId(2));

        // "Forget me" for person 5: the preference, then every eraser (as PrivacyFlow does).
        await bot.Preferences.UpdateAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(5), p => p with { Forgotten = true });
        Assert.True(await bot.Store.EraseAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(5)) > 1);
        tenant.AddDocument(FakeTenant.SiteDrive, "01SITEAFTER", "Payroll rules.docx", 5, 5);
        await bot.SyncAsync();

        Assert.DoesNotContain(FakeTenant.UserId(5), await bot.StoredPeopleAsync());
        Assert.DoesNotContain((await bot.StoredItemsAsync()).Values, i => i.PersonId == FakeTenant.UserId(5));
        Assert.Null(bot.Catalog.For(GraphSyncHarness.TenantId)!.FindPerson(FakeTenant.UserId(5)));
    }

    [Fact]
    public async Task Questions_are_answered_from_the_previous_index_while_a_sync_runs_and_from_the_new_one_after()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(8).WithWork(8);
        await using var bot = new GraphSyncHarness(graph);
        await bot.SyncAsync();
        var before = bot.Catalog.For(GraphSyncHarness.TenantId)!;
        tenant.AddUser(8);
        tenant.AddDocument(FakeTenant.SiteDrive, "01SITEZEBRA", "Zebrafish genomics.docx", 8, 8);
        var (release, arrived) = graph.Hold("/root/delta");

        var sync = bot.SyncAsync();
        await arrived;
        Assert.Same(before, bot.Catalog.For(GraphSyncHarness.TenantId));
        Assert.NotEmpty(before.Search("Kubernetes"));
        release.SetResult();
        await sync;

        var after = bot.Catalog.For(GraphSyncHarness.TenantId)!;
        Assert.NotSame(before, after);
        Assert.Equal(9, after.PeopleCount);
        Assert.Equal(FakeTenant.UserId(8), Assert.Single(after.Search("zebrafish genomics")).Person.Id);
    }
}
