using System.Text.Json.Nodes;
using ExpertBot.Expertise;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Graph;

/// <summary>
/// Visibility is read from each file's real permissions and labels, never assumed from its library: app-only drive
/// delta returns every file whatever its sharing (https://learn.microsoft.com/graph/api/driveitem-delta), and the
/// audience is in GET /drives/{d}/items/{i}/permissions (https://learn.microsoft.com/graph/api/driveitem-list-permissions).
/// </summary>
[Collection(AzuriteTables.Name)]
public sealed class GraphVisibilityTests : IDisposable
{
    private readonly FakeGraph graph = new();

    public void Dispose() => graph.Dispose();

    [Fact]
    public async Task A_file_with_unique_permissions_in_an_org_wide_library_is_never_stored_shown_or_counted()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(10).WithWork(10);
        tenant.AddDocument(FakeTenant.SiteDrive, "01SALARY", "Zanzibar salary review.docx", 3, 3);
        graph.ItemPermissions[$"{FakeTenant.SiteDrive}/01SALARY"] = [FakeGraph.GrantedTo(FakeTenant.UserId(3), "Person 0003"), FakeGraph.GrantedTo(FakeTenant.UserId(5), "Person 0005")];
        tenant.AddDocument(FakeTenant.SiteDrive, "01SHARED", "Zanzibar rollout plan.docx", 4, 4);
        graph.ItemPermissions[$"{FakeTenant.SiteDrive}/01SHARED"] = [FakeGraph.GrantedTo(FakeTenant.UserId(4), "Person 0004"), FakeGraph.OrganisationLink()];
        await using var bot = new GraphSyncHarness(graph);

        var report = await bot.SyncAsync();

        var items = await bot.StoredItemsAsync();
        Assert.DoesNotContain(items.Values, i => i.Id.Contains("01SALARY", StringComparison.Ordinal));
        Assert.Contains(items.Values, i => i.Title == "Zanzibar rollout plan.docx" && i.Visibility == Visibility.Organization);
        Assert.Equal(items.Count, report.Items);
        var index = bot.Catalog.For(GraphSyncHarness.TenantId)!;
        Assert.DoesNotContain(index.Search("Zanzibar salary review").SelectMany(m => m.Evidence), e => e.Item.Title == "Zanzibar salary review.docx");

        // A file shown until now loses its organisation-wide audience: it is removed at the next run.
        var runbook = graph.DriveItems[FakeTenant.TeamDrive].Get("01TEAM00002")!;
        graph.ItemPermissions[$"{FakeTenant.TeamDrive}/01TEAM00002"] = [FakeGraph.GrantedTo(FakeTenant.UserId(2), "Person 0002")];
        graph.DriveItems[FakeTenant.TeamDrive].Put(runbook, graph.NextChange());
        await bot.SyncAsync();

        Assert.DoesNotContain((await bot.StoredItemsAsync()).Values, i => i.Id.Contains("01TEAM00002", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Catalog.For(GraphSyncHarness.TenantId)!.Search("runbook").SelectMany(m => m.Evidence), e => e.Item.Id.Contains("01TEAM00002", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_inheriting_from_a_folder_with_unique_permissions_is_private_unless_its_own_permissions_open_it()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(6);
        var board = graph.EnsureFolder(FakeTenant.SiteDrive, "Board");
        graph.ItemPermissions[$"{FakeTenant.SiteDrive}/{board}"] = [FakeGraph.GrantedTo(FakeTenant.UserId(0), "Person 0000")];
        var inherited = new JsonObject
        {
            ["id"] = "inherited-board",
            ["roles"] = new JsonArray("read"),
            ["grantedToV2"] = new JsonObject { ["user"] = new JsonObject { ["id"] = FakeTenant.UserId(0) } },
            // Inherited, but Graph does not always say from where (an empty inheritedFrom).
            ["inheritedFrom"] = new JsonObject(),
        };
        tenant.AddDocument(FakeTenant.SiteDrive, "01MINUTES", "Merger minutes.docx", 1, 1, folder: "Board");
        graph.ItemPermissions[$"{FakeTenant.SiteDrive}/01MINUTES"] = [inherited];
        tenant.AddDocument(FakeTenant.SiteDrive, "01CHARTER", "Board charter.docx", 2, 2, folder: "Board");
        graph.ItemPermissions[$"{FakeTenant.SiteDrive}/01CHARTER"] = [inherited.DeepClone(), FakeGraph.OrganisationLink()];
        tenant.AddDocument(FakeTenant.SiteDrive, "01HANDBOOK", "Handbook.docx", 3, 3, folder: "Projects");
        await using var bot = new GraphSyncHarness(graph);

        await bot.SyncAsync();

        var titles = (await bot.StoredItemsAsync()).Values.Select(i => i.Title).ToHashSet();
        Assert.DoesNotContain("Merger minutes.docx", titles);
        Assert.Contains("Board charter.docx", titles);
        Assert.Contains("Handbook.docx", titles);
    }

    [Fact]
    public async Task A_labelled_file_is_private_unless_its_label_is_allowed_and_labels_that_cannot_be_read_count_as_private()
    {
        const string Confidential = "5feba255-812e-446a-ac59-a7044ef827b5";
        const string General = "fa781fdf-68c8-43ec-ae08-c4813deb2144";
        var tenant = new FakeTenant(graph).WithOrganisation(6);
        tenant.AddDocument(FakeTenant.SiteDrive, "01LABELLED", "Pricing model.xlsx", 1, 1);
        graph.ItemLabels[$"{FakeTenant.SiteDrive}/01LABELLED"] = [Confidential];
        tenant.AddDocument(FakeTenant.SiteDrive, "01GENERAL", "Onboarding guide.docx", 2, 2);
        graph.ItemLabels[$"{FakeTenant.SiteDrive}/01GENERAL"] = [General];
        tenant.AddDocument(FakeTenant.SiteDrive, "01LOCKED", "Encrypted offer.docx", 3, 3);
        // 423: the file is encrypted and its label cannot be extracted (https://learn.microsoft.com/graph/api/driveitem-extractsensitivitylabels).
        graph.Fail("01LOCKED/extractSensitivityLabels", 423, count: 100);
        tenant.AddDocument(FakeTenant.SiteDrive, "01PLAIN", "Style guide.docx", 4, 4);
        await using var bot = new GraphSyncHarness(graph, settings: s => s["Graph:AllowedSensitivityLabels:0"] = General);

        await bot.SyncAsync();

        var titles = (await bot.StoredItemsAsync()).Values.Select(i => i.Title).ToHashSet();
        Assert.DoesNotContain("Pricing model.xlsx", titles);
        Assert.DoesNotContain("Encrypted offer.docx", titles);
        Assert.Contains("Onboarding guide.docx", titles);
        Assert.Contains("Style guide.docx", titles);
    }

    [Fact]
    public async Task Folder_names_are_resolved_from_the_delta_s_own_folder_items_without_parentReference_path()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(4);
        var customers = graph.EnsureFolder(FakeTenant.SiteDrive, "Customers");
        graph.DriveItems[FakeTenant.SiteDrive].Put(new JsonObject
        {
            ["id"] = "folder-fabrikam",
            ["name"] = "Fabrikam",
            ["folder"] = new JsonObject { ["childCount"] = 1 },
            ["parentReference"] = new JsonObject { ["driveId"] = FakeTenant.SiteDrive, ["driveType"] = "documentLibrary", ["id"] = customers },
        }, graph.NextChange());
        tenant.AddDocument(FakeTenant.SiteDrive, "01PROPOSAL", "Proposal.docx", 1, 1, folder: "Customers");
        var proposal = graph.DriveItems[FakeTenant.SiteDrive].Get("01PROPOSAL")!;
        proposal["parentReference"]!["id"] = "folder-fabrikam";
        await using var bot = new GraphSyncHarness(graph);

        await bot.SyncAsync();
        // A file added later, in a folder listed by an earlier run: the folder comes from the stored map.
        tenant.AddDocument(FakeTenant.SiteDrive, "01INVOICE", "Invoice.docx", 2, 2, folder: "Customers");
        await bot.SyncAsync();

        Assert.DoesNotContain(graph.DriveItems[FakeTenant.SiteDrive].Current(), i => i["parentReference"]?["path"] is not null);
        var items = (await bot.StoredItemsAsync()).Values;
        Assert.Equal("Proposal.docx — Customers Fabrikam", items.First(i => i.Title == "Proposal.docx").Text);
        Assert.Equal("Invoice.docx — Customers", items.First(i => i.Title == "Invoice.docx").Text);
    }

    [Fact]
    public async Task Permission_reads_throttled_inside_batch_are_sent_again_after_Retry_After_and_the_sync_completes()
    {
        new FakeTenant(graph).WithOrganisation(30).WithWork(30);
        // https://learn.microsoft.com/graph/json-batching: each request of a batch is throttled on its own.
        graph.Fail("/permissions", 429, count: 25, retryAfterSeconds: 1);
        await using var bot = new GraphSyncHarness(graph);

        await bot.SyncAsync();

        var items = await bot.StoredItemsAsync();
        Assert.Equal(30 * 5, items.Count);
        var retried = graph.Retries.Where(r => r.PathAndQuery.Contains("/permissions", StringComparison.Ordinal)).ToList();
        Assert.Equal(25, retried.Count);
        Assert.All(retried, r => Assert.True(r.Waited >= r.RetryAfter, $"{r.PathAndQuery} came again after {r.Waited}"));
    }

    [Fact]
    public async Task With_no_team_or_site_listed_no_content_is_read_and_the_log_says_so()
    {
        new FakeTenant(graph).WithOrganisation(8).WithWork(8);
        await using var bot = new GraphSyncHarness(graph, settings: s =>
        {
            s.Remove("Graph:Teams:0");
            s.Remove("Graph:Sites:0");
            s.Remove("Graph:RestrictedSites:0");
        });

        var report = await bot.SyncAsync();

        Assert.Equal(0, report.Items);
        Assert.Empty(await bot.StoredItemsAsync());
        Assert.Equal(8, (await bot.StoredPeopleAsync()).Count);
        Assert.DoesNotContain(graph.Requests, r => r.PathAndQuery.Contains("/teams", StringComparison.Ordinal) || r.PathAndQuery.Contains("/drive", StringComparison.Ordinal) || r.PathAndQuery.Contains("/sites", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("no team or site is listed", StringComparison.Ordinal));
    }
}
