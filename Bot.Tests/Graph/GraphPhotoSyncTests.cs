using ExpertBot.Graph;
using ExpertBot.Presence;
using ExpertBot.Privacy;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Graph;

/// <summary>
/// People's photos come with the people sync (GET /users/{id}/photos/48x48/$value inside $batch, base64 there), are
/// stored per tenant and person, removed when Graph has none any more, erased by "forget me", and never handed out for
/// someone hidden.
/// </summary>
[Collection(AzuriteTables.Name)]
public sealed class GraphPhotoSyncTests : IDisposable
{
    private readonly FakeGraph graph = new();

    public void Dispose() => graph.Dispose();

    [Fact]
    public async Task A_full_sync_stores_the_photo_of_everyone_who_has_one_and_nothing_for_the_others()
    {
        new FakeTenant(graph).WithOrganisation(30);
        await using var bot = new GraphSyncHarness(graph);

        var report = await bot.SyncAsync();

        Assert.Empty(report.Failing);
        var photos = bot.Services.GetRequiredService<PhotoStore>();
        for (var i = 0; i < 30; i++)
        {
            var photo = await photos.GetAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(i));
            if (FakeTenant.HasPhoto(i))
            {
                Assert.NotNull(photo);
                Assert.Equal(FakeGraph.JpegFor(i), photo.Bytes.ToArray());
                Assert.Equal("image/jpeg", photo.ContentType);
            }
            else
            {
                Assert.Null(photo);
            }
        }

        // The tenant is part of the key: another tenant never sees them.
        Assert.Null(await photos.GetAsync("11111111-2222-4333-8444-555555555555", FakeTenant.UserId(0)));
        // 30 photos in two $batch requests, and none asked again when nothing changed.
        graph.ClearLog();
        await bot.SyncAsync();
        Assert.DoesNotContain(graph.Requests, r => r.PathAndQuery.Contains("$batch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_person_s_photo_is_read_again_replaced_or_removed_when_Graph_has_none()
    {
        new FakeTenant(graph).WithOrganisation(6);
        await using var bot = new GraphSyncHarness(graph);
        await bot.SyncAsync();
        var photos = bot.Services.GetRequiredService<PhotoStore>();

        graph.Photos.TryRemove(FakeTenant.UserId(0), out _);
        graph.Photos[FakeTenant.UserId(1)] = FakeGraph.JpegFor(1001);
        graph.Photos[FakeTenant.UserId(2)] = FakeGraph.JpegFor(1002);
        foreach (var i in new[] { 0, 1, 2 })
        {
            var user = FakeTenant.User(i, $"Person {i:D4}");
            user["jobTitle"] = "Architect";
            graph.Users.Put(user, graph.NextChange());
        }

        await bot.SyncAsync();

        Assert.Null(await photos.GetAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(0)));
        Assert.Equal(FakeGraph.JpegFor(1001), (await photos.GetAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(1)))!.Bytes.ToArray());
        Assert.Equal(FakeGraph.JpegFor(1002), (await photos.GetAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(2)))!.Bytes.ToArray());
        Assert.Equal(FakeGraph.JpegFor(3), (await photos.GetAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(3)))!.Bytes.ToArray());
    }

    [Fact]
    public async Task Forget_me_erases_a_stored_photo_and_a_hidden_person_s_photo_is_never_handed_out()
    {
        new FakeTenant(graph).WithOrganisation(6);
        await using var bot = new GraphSyncHarness(graph);
        await bot.SyncAsync();
        var photos = bot.Services.GetRequiredService<PhotoStore>();
        Assert.NotNull(await photos.GetAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(0)));

        // What PrivacyFlow.ForgetAsync runs: every eraser the host registered.
        var erased = 0;
        foreach (var eraser in bot.Services.GetServices<IPersonDataEraser>())
        {
            erased += await eraser.EraseAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(0));
        }

        await bot.Preferences.UpdateAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(1), p => p with { Hidden = true });

        Assert.True(erased >= 2, "the evidence and the photo");
        Assert.DoesNotContain(FakeTenant.UserId(0), (await photos.ListAsync(GraphSyncHarness.TenantId)).Keys);
        Assert.Null(await photos.GetAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(0)));
        Assert.Null(await photos.GetAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(1)));
        Assert.NotNull(await photos.GetAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(3)));
    }

    [Fact]
    public async Task One_photo_that_cannot_be_read_keeps_the_sync_going_and_a_refused_permission_fails_the_photos_source_only()
    {
        var tenant = new FakeTenant(graph).WithOrganisation(8).WithWork(8);
        graph.Fail($"/users/{FakeTenant.UserId(1)}/photos", 400, count: int.MaxValue);
        await using var bot = new GraphSyncHarness(graph);

        var report = await bot.SyncAsync();

        Assert.Empty(report.Failing);
        var photos = bot.Services.GetRequiredService<PhotoStore>();
        Assert.Null(await photos.GetAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(1)));
        Assert.NotNull(await photos.GetAsync(GraphSyncHarness.TenantId, FakeTenant.UserId(0)));
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"The photo of {FakeTenant.UserId(1)} could not be used (status 400", StringComparison.Ordinal));

        using var refused = new FakeGraph();
        new FakeTenant(refused).WithOrganisation(8).WithWork(8);
        refused.Fail("/photos/", 403, count: int.MaxValue);
        await using var other = new GraphSyncHarness(refused);

        var failing = await other.SyncAsync();

        var source = Assert.Single(failing.Failing);
        Assert.Equal((PhotoSync.Source, true), (source.Source, source.Permanent));
        Assert.Contains("ProfilePhoto.Read.All", source.LastError, StringComparison.Ordinal);
        Assert.Equal(tenant.Findable.Order(), (await other.StoredPeopleAsync()).Order());
        Assert.Equal(8 * 5, (await other.StoredItemsAsync()).Count);
    }
}
