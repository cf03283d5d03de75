using System.Text.Json.Nodes;
using ExpertBot.Expertise;
using ExpertBot.Graph;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ExpertBot.Tests.Graph;

/// <summary>Behaviours of the real Graph the sync must follow (each modelled in <see cref="FakeGraph"/>, with its source).</summary>
[Collection(AzuriteTables.Name)]
public sealed class GraphRealServiceTests : IDisposable
{
    private const string Thread = "1600000000042";
    private readonly FakeGraph graph = new();

    public void Dispose() => graph.Dispose();

    [Fact]
    public async Task Every_reply_of_a_thread_longer_than_a_page_and_than_the_inline_limit_is_kept()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(10).WithWork(10);
        // Reply pages hold 20 by default and 50 at most (https://learn.microsoft.com/graph/api/chatmessage-list-replies);
        // $expand=replies carries up to 1,000 inline, then replies@odata.nextLink. The inline limit is lowered to 50 here
        // so that a thread of 120 replies needs the next link too.
        graph.ExpandedRepliesLimit = 50;
        tenant.AddMessage(FakeTenant.PublicTeam, FakeTenant.General, Thread, 1, "<p>Who has sized a Kafka cluster for 1M msg/s?</p>",
            [.. Enumerable.Range(0, 120).Select(r => ($"18{r:D11}", r % 10, $"<p>Reply {r} on Kafka partitions</p>"))]);
        await using var bot = new GraphSyncHarness(graph);

        await bot.SyncAsync();

        var thread = (await bot.StoredItemsAsync()).Values.Where(i => i.Id.Contains(":18", StringComparison.Ordinal)).ToList();
        Assert.Equal(120, thread.Count);
        Assert.Equal(120, thread.Select(i => i.Text).Distinct().Count());
        // 50 inline, then the next link's pages of 50 and 20.
        Assert.Equal(2, graph.Requests.Count(r => r.PathAndQuery.Contains($"/messages/{Thread}/replies", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_quoted_message_in_a_reply_is_not_credited_to_the_person_replying()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(10).WithWork(10);
        // Teams quotes the message replied to in a blockquote of itemtype http://schema.skype.com/Reply.
        const string quoting = "<blockquote itemscope=\"\" itemtype=\"http://schema.skype.com/Reply\" itemid=\"1600000000042\">"
            + "<strong itemprop=\"mri\" itemid=\"8:orgid:x\">Person 0001</strong><span itemprop=\"time\" itemid=\"1600000000042\"></span>"
            + "<p itemprop=\"preview\">Zanzibar tariff classification for spare parts</p></blockquote><p>Thanks, that settles it.</p>";
        tenant.AddMessage(FakeTenant.PublicTeam, FakeTenant.General, Thread, 1, "<p>Zanzibar tariff classification for spare parts</p>", ("1800000000001", 2, quoting));
        await using var bot = new GraphSyncHarness(graph);

        await bot.SyncAsync();

        var items = await bot.StoredItemsAsync();
        var reply = items.Values.Single(i => i.Id.Contains(":1800000000001#", StringComparison.Ordinal));
        Assert.Equal("Thanks, that settles it.", reply.Text);
        Assert.DoesNotContain(items.Values, i => i.PersonId == FakeTenant.UserId(2) && i.Text!.Contains("Zanzibar", StringComparison.Ordinal));
        Assert.Equal(FakeTenant.UserId(1), Assert.Single(bot.Catalog.For(GraphSyncHarness.TenantId)!.Search("zanzibar tariff")).Person.Id);
    }

    [Fact]
    public async Task A_disabled_person_is_kept_inactive_out_of_results_and_erased_only_after_the_grace_period()
    {
        new FakeTenant(graph).WithOrganisation(10).WithWork(10);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = new GraphSyncHarness(graph, time: time);
        await bot.SyncAsync();
        var theirs = (await bot.StoredItemsAsync()).Values.Count(i => i.PersonId == FakeTenant.UserId(4));
        Assert.True(theirs > 0);

        var disabled = FakeTenant.User(4, "Person 0004", enabled: false);
        graph.Users.Put(disabled, graph.NextChange());
        await bot.SyncAsync();

        Assert.Contains(FakeTenant.UserId(4), await bot.InactivePeopleAsync());
        Assert.Equal(theirs, (await bot.StoredItemsAsync()).Values.Count(i => i.PersonId == FakeTenant.UserId(4)));
        Assert.Null(bot.Catalog.For(GraphSyncHarness.TenantId)!.FindPerson(FakeTenant.UserId(4)));

        time.Advance(TimeSpan.FromDays(29));
        await bot.SyncAsync();
        Assert.Contains(FakeTenant.UserId(4), await bot.InactivePeopleAsync());

        time.Advance(TimeSpan.FromDays(1));
        await bot.SyncAsync();
        Assert.DoesNotContain(FakeTenant.UserId(4), await bot.InactivePeopleAsync());
        Assert.DoesNotContain(FakeTenant.UserId(4), await bot.StoredPeopleAsync());
        Assert.DoesNotContain((await bot.StoredItemsAsync()).Values, i => i.PersonId == FakeTenant.UserId(4));
    }

    [Fact]
    public async Task A_person_enabled_again_within_the_grace_period_is_back_with_their_history()
    {
        new FakeTenant(graph).WithOrganisation(10).WithWork(10);
        await using var bot = new GraphSyncHarness(graph);
        await bot.SyncAsync();
        graph.Users.Put(FakeTenant.User(4, "Person 0004", enabled: false), graph.NextChange());
        await bot.SyncAsync();

        graph.Users.Put(FakeTenant.User(4, "Person 0004"), graph.NextChange());
        await bot.SyncAsync();

        Assert.Contains(FakeTenant.UserId(4), await bot.StoredPeopleAsync());
        Assert.Contains(bot.Catalog.EvidenceFor(GraphSyncHarness.TenantId)!.Signals, i => i.PersonId == FakeTenant.UserId(4));
    }

    [Fact]
    public async Task A_property_cleared_in_Entra_comes_as_null_in_delta_and_is_cleared()
    {
        new FakeTenant(graph).WithOrganisation(10).WithWork(10);
        await using var bot = new GraphSyncHarness(graph);
        await bot.SyncAsync();
        Assert.Equal("Consultant", (await PersonAsync(bot, 7)).JobTitle);

        var cleared = FakeTenant.User(7, "Person 0007");
        cleared["jobTitle"] = null;
        graph.Users.Put(cleared, graph.NextChange());
        await bot.SyncAsync();

        var person = await PersonAsync(bot, 7);
        Assert.Null(person.JobTitle);
        Assert.Equal("Sales", person.Department);

        // A delta record may carry only what changed: what it leaves out keeps its stored value.
        graph.Users.Put(new JsonObject { ["id"] = FakeTenant.UserId(7), ["jobTitle"] = "Architect" }, graph.NextChange());
        await bot.SyncAsync();

        person = await PersonAsync(bot, 7);
        Assert.Equal(("Architect", "Sales", "Person 0007", "person7@contoso.com"), (person.JobTitle, person.Department, person.DisplayName, person.Mail));
        Assert.Contains(FakeTenant.UserId(7), await bot.StoredPeopleAsync());
    }

    [Fact]
    public async Task A_team_listed_without_its_visibility_is_looked_up_and_synced_not_dropped()
    {
        new FakeTenant(graph).WithOrganisation(10).WithWork(10);
        graph.TeamsWithoutVisibilityInList.Add(FakeTenant.PublicTeam);
        graph.TeamsWithoutVisibilityInList.Add(FakeTenant.PrivateTeam);
        await using var bot = new GraphSyncHarness(graph);

        await bot.SyncAsync();

        var items = await bot.StoredItemsAsync();
        Assert.Equal(10 * 5, items.Count);
        Assert.Contains(items.Values, i => i.Source == "team:Platform/General");
        Assert.DoesNotContain(items.Values, i => i.Source?.StartsWith("team:Board", StringComparison.Ordinal) == true);
        Assert.Contains(graph.Requests, r => r.PathAndQuery.StartsWith($"/v1.0/teams/{FakeTenant.PublicTeam}?", StringComparison.Ordinal));
    }

    private static async Task<Person> PersonAsync(GraphSyncHarness bot, int i) =>
        (await bot.Store.LoadAsync(GraphSyncHarness.TenantId)).People.Single(p => p.Id == FakeTenant.UserId(i));
}
