using ExpertBot.Storage;
using ExpertBot.Teams;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace ExpertBot.Tests.Storage;

/// <summary>The conversation references kept for proactive messages, against Azurite's Table service.</summary>
[Collection(AzuriteTables.Name)]
public sealed class ConversationReferenceStoreTests(AzuriteFixture azurite)
{
    private readonly TrustedServiceUrls trusted = new();

    [Fact]
    public async Task Saving_a_conversation_is_new_the_first_time_only()
    {
        var store = Store();
        var reference = Reference("tenant-a", "a:conv-1");

        Assert.True(await store.SaveAsync(reference));
        Assert.False(await store.SaveAsync(reference with { Locale = "fr-FR" }));
        Assert.Equal("fr-FR", (await store.GetAsync("tenant-a", "a:conv-1"))?.Locale);
    }

    [Fact]
    public async Task Listing_a_tenant_never_returns_another_tenants_conversations()
    {
        var store = Store();
        await store.SaveAsync(Reference("tenant-a", "a:conv-a1"));
        await store.SaveAsync(Reference("tenant-a", "a:conv-a2"));
        await store.SaveAsync(Reference("tenant-b", "a:conv-b1"));
        // A tenant id that is a prefix of another must not match it either.
        await store.SaveAsync(Reference("tenant-a2", "a:conv-a2-1"));

        var listed = await store.ListAsync("tenant-a");

        Assert.Equal(["a:conv-a1", "a:conv-a2"], listed.Select(r => r.ConversationId).Order(StringComparer.Ordinal));
        Assert.All(listed, r => Assert.Equal("tenant-a", r.TenantId));
        Assert.Null(await store.GetAsync("tenant-b", "a:conv-a1"));
    }

    [Fact]
    public async Task Ids_with_characters_forbidden_in_table_keys_round_trip()
    {
        var store = Store();
        const string tenant = "tenant/with#odd?chars";
        const string conversation = "19:abc/def#ghi?jkl%20@thread.tacv2;messageid=1700000000000";
        var reference = Reference(tenant, conversation);

        Assert.True(await store.SaveAsync(reference));
        Assert.False(await store.SaveAsync(reference));

        Assert.Equal(reference, await store.GetAsync(tenant, conversation));
        Assert.Equal(reference, Assert.Single(await store.ListAsync(tenant)));
        await store.DeleteAsync(tenant, conversation);
        Assert.Null(await store.GetAsync(tenant, conversation));
    }

    [Theory]
    [InlineData(2000, 36)]
    [InlineData(40, 1500)]
    [InlineData(600, 600)]
    public async Task Ids_longer_than_a_table_key_round_trip(int conversationLength, int tenantLength)
    {
        var store = Store();
        var tenant = "t" + new string('é', tenantLength - 1);
        var conversation = "a:" + new string('c', conversationLength - 3) + "/";
        var reference = Reference(tenant, conversation) with { UserAadObjectId = new string('u', 1500) };

        Assert.True(await store.SaveAsync(reference));

        Assert.Equal(reference, await store.GetAsync(tenant, conversation));
        Assert.Equal(reference, await store.FindPersonalAsync(tenant, reference.UserAadObjectId!));
        Assert.Null(await store.GetAsync(tenant, conversation[..^1] + "x"));
        Assert.Equal(1, await store.ForgetPersonAsync(tenant, reference.UserAadObjectId!));
    }

    [Fact]
    public async Task Ids_with_control_characters_round_trip()
    {
        var store = Store();
        var reference = Reference("tenant\u0001\u007f", "a:conv\u0000\u0085\t" + Guid.NewGuid().ToString("N"));

        Assert.True(await store.SaveAsync(reference));

        Assert.Equal(reference, await store.GetAsync(reference.TenantId, reference.ConversationId));
    }

    [Fact]
    public async Task A_stored_conversation_makes_its_service_url_trusted_again_after_a_restart()
    {
        var reference = Reference("tenant-a", "a:conv-restart");
        var prefix = Prefix();
        await Store(prefix).SaveAsync(reference);
        Assert.False(trusted.IsTrusted(reference.ServiceUrl));

        await Store(prefix).GetAsync("tenant-a", "a:conv-restart");

        Assert.True(trusted.IsTrusted(reference.ServiceUrl));
    }

    private ConversationReferenceStore Store(string? prefix = null) =>
        new(new TableClients(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix ?? Prefix() })), trusted);

    private static string Prefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static ConversationReference Reference(string tenantId, string conversationId) => new(
        "https://smba.trafficmanager.net/emea/" + Guid.NewGuid().ToString("N")[..6] + "/", "msteams", tenantId, conversationId, "personal",
        "28:bot", "29:user", "00000000-0000-0000-0000-0000000000d5", "Dana Scully", "en-US");
}
