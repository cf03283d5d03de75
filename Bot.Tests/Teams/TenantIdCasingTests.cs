using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExpertBot.Teams;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Teams;

/// <summary>
/// A tenant id has one spelling inside the bot. Table keys are case-sensitive and the caches were not: one
/// request with the tenant id in upper case read an empty set of hidden people and cached it for the tenant.
/// </summary>
public sealed class TenantIdCasingTests : IAsyncLifetime
{
    private const string ServiceUrl = "http://localhost:56150/_connector";
    private readonly BotFactory factory = new(issuer: null, remoteAddress: IPAddress.Loopback);
    private HttpClient client = null!;

    public async Task InitializeAsync() => client = await factory.StartAsync();

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task A_request_with_the_tenant_id_in_upper_case_cannot_see_a_hidden_person_nor_show_them_to_others()
    {
        var hide = Message("hide me", "p-alice", BotFactory.TenantId);
        await PostOkAsync(hide);
        Assert.Contains("hidden", Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(hide))).Text, StringComparison.Ordinal);

        Assert.DoesNotContain(TestSnapshot.KubernetesPerson, await AskAsync("p-chloe", BotFactory.TenantId.ToUpperInvariant()), StringComparison.Ordinal);
        // The upper-case request must not have left anything behind that the usual spelling then reads.
        Assert.DoesNotContain(TestSnapshot.KubernetesPerson, await AskAsync("p-bernard", BotFactory.TenantId), StringComparison.Ordinal);
        Assert.DoesNotContain(TestSnapshot.KubernetesPerson, await AskAsync("p-chloe", BotFactory.TenantId.ToUpperInvariant()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hiding_with_the_tenant_id_in_upper_case_hides_the_person_in_their_tenant()
    {
        await PostOkAsync(Message("hide me", "p-alice", BotFactory.TenantId.ToUpperInvariant()));

        Assert.DoesNotContain(TestSnapshot.KubernetesPerson, await AskAsync("p-chloe", BotFactory.TenantId), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")]
    [InlineData("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")]
    [InlineData(" 9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D ", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")]
    [InlineData("Contoso.OnMicrosoft.com", "contoso.onmicrosoft.com")]
    [InlineData("*", "*")]
    public void Configured_tenant_ids_have_one_canonical_spelling(string configured, string canonical) =>
        Assert.Equal(canonical, TenantIds.Canonical(configured));

    [Theory]
    [InlineData("{9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d}")]
    [InlineData("9a8b7c6d5e4f4a3b8c2d1e0f9a8b7c6d")]
    [InlineData("contoso.onmicrosoft.com")]
    [InlineData("")]
    public void Only_a_GUID_as_Teams_writes_it_is_an_inbound_tenant_id(string value) =>
        Assert.False(TenantIds.TryCanonical(value, out _));

    private static JsonObject Message(string text, string aadObjectId, string tenantId)
    {
        var activity = TestActivities.Message(text, serviceUrl: ServiceUrl);
        activity["from"]!["aadObjectId"] = aadObjectId;
        activity["channelData"]!["tenant"]!["id"] = tenantId;
        activity["conversation"]!["tenantId"] = tenantId;
        return activity;
    }

    private async Task PostOkAsync(JsonObject activity)
    {
        using var response = await AuthenticatedBot.PostAsync(client, activity.ToJsonString(), token: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The card (as JSON text) answering "who knows kubernetes?" for a viewer.</summary>
    private async Task<string> AskAsync(string viewer, string tenantId)
    {
        var question = Message("who knows kubernetes?", viewer, tenantId);
        await PostOkAsync(question);
        var reply = Assert.Single(factory.Connector.SentTo(TestActivities.ConversationId(question)));
        return JsonSerializer.Serialize(reply.Attachments, ActivityJson.Options);
    }
}
