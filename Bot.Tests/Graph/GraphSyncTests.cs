using ExpertBot.Expertise;
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
        Assert.Contains(items.Values, i => i.Source == $"site:{FakeTenant.Site}/Documents");
        Assert.NotNull(bot.Catalog.For(GraphSyncHarness.TenantId));
    }
}
