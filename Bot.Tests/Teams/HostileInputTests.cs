using System.Net;
using System.Text.Json.Nodes;
using ExpertBot.Storage;
using ExpertBot.Teams;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Teams;

/// <summary>
/// Authenticated activities an attacker (or a broken client) could send: every one is answered 400/401 or
/// politely, never 500, and nothing is stored from a refused one.
/// </summary>
public sealed class HostileInputTests(AuthenticatedBot bot) : IClassFixture<AuthenticatedBot>
{
    private ConversationReferenceStore Conversations => bot.Factory.Services.GetRequiredService<ConversationReferenceStore>();

    [Theory]
    [InlineData("aaa.bbb.ccc")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjV9.c2ln")] // {"alg":"RS256"}.{"iss":5}
    [InlineData("eyJhbGciOjV9.e30.c2ln")] // {"alg":5}.{}
    [InlineData("e30.W10.")] // {}.[]
    public async Task A_token_shaped_like_a_JWT_that_is_not_one_is_unauthorized_not_an_error(string token)
    {
        var activity = TestActivities.Message("who knows kubernetes?");

        using var response = await bot.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }

    [Fact]
    public async Task A_2000_character_conversation_id_is_a_bad_request_and_nothing_is_stored()
    {
        var install = Install();
        install["conversation"]!["id"] = "a:" + new string('c', 2000);

        await AssertBadRequestAsync(install);
        Assert.Null(await Conversations.GetAsync(BotFactory.TenantId, TestActivities.ConversationId(install)));
    }

    [Theory]
    [InlineData("from", "id", 1500)]
    [InlineData("from", "aadObjectId", 1500)]
    [InlineData("from", "name", 5000)]
    [InlineData("recipient", "id", 1500)]
    public async Task Over_long_account_fields_are_a_bad_request(string account, string field, int length)
    {
        var install = Install();
        install[account]![field] = new string('u', length);

        await AssertBadRequestAsync(install);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("locale")]
    [InlineData("name")]
    [InlineData("replyToId")]
    public async Task Over_long_activity_fields_are_a_bad_request(string field)
    {
        var activity = TestActivities.Message("who knows kubernetes?");
        activity[field] = new string('x', 3000);

        await AssertBadRequestAsync(activity);
    }

    [Fact]
    public async Task A_text_longer_than_Teams_allows_is_a_bad_request()
    {
        await AssertBadRequestAsync(TestActivities.Message("who knows " + new string('k', 40_000)));
    }

    [Fact]
    public async Task A_huge_value_is_a_bad_request()
    {
        var activity = TestActivities.Activity("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["verb"] = "endorse", ["data"] = new string('v', 100_000) } };

        await AssertBadRequestAsync(activity);
    }

    [Theory]
    [InlineData("a:conv\u0000nul")]
    [InlineData("a:conv\nnewline")]
    [InlineData("a:conv\u0085next-line")]
    public async Task Control_characters_in_a_conversation_id_are_a_bad_request(string conversationId)
    {
        var install = Install();
        install["conversation"]!["id"] = conversationId;

        await AssertBadRequestAsync(install);
    }

    [Fact]
    public async Task Characters_table_keys_forbid_in_a_conversation_id_are_stored_safely()
    {
        var install = Install();
        var conversationId = "19:a/b\\c#d?e%f~g|h@thread.tacv2;messageid=" + Guid.NewGuid().ToString("N");
        install["conversation"]!["id"] = conversationId;

        using var response = await bot.PostAsync(install, bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conversationId, (await Conversations.GetAsync(BotFactory.TenantId, conversationId))?.ConversationId);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("9a8b7c6d5e4f4a3b8c2d1e0f9a8b7c6d")] // a GUID, but not as Teams writes one
    [InlineData("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/../other")]
    public async Task A_tenant_id_that_is_not_a_GUID_is_a_bad_request(string tenantId)
    {
        var install = Install();
        install["channelData"]!["tenant"]!["id"] = tenantId;
        install["conversation"]!["tenantId"] = tenantId;

        await AssertBadRequestAsync(install);
    }

    [Fact]
    public async Task An_over_long_tenant_id_is_a_bad_request()
    {
        var install = Install();
        install["channelData"]!["tenant"]!["id"] = new string('t', 2000);

        await AssertBadRequestAsync(install);
    }

    [Fact]
    public async Task ChannelData_and_conversation_naming_different_tenants_is_a_bad_request()
    {
        var install = Install();
        install["conversation"]!["tenantId"] = Guid.NewGuid().ToString();

        await AssertBadRequestAsync(install);
    }

    [Fact]
    public async Task An_upper_case_tenant_id_is_stored_under_the_canonical_lower_case_one()
    {
        var install = Install();
        install["channelData"]!["tenant"]!["id"] = BotFactory.TenantId.ToUpperInvariant();
        install["conversation"]!["tenantId"] = BotFactory.TenantId.ToUpperInvariant();

        using var response = await bot.PostAsync(install, bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await Conversations.GetAsync(BotFactory.TenantId, TestActivities.ConversationId(install));
        Assert.Equal(BotFactory.TenantId, stored?.TenantId);
    }

    public static TheoryData<string> HostileQueryValues => new()
    {
        """{"commandId":"findExpert","parameters":[1]}""",
        """{"commandId":"findExpert","parameters":[1,"x",null,[],{"name":"topic"}]}""",
        """{"commandId":"findExpert","parameters":[{"name":5,"value":"kubernetes"}]}""",
        """{"commandId":"findExpert","parameters":[{"name":{"a":1},"value":7}]}""",
        """{"commandId":"findExpert","parameters":"kubernetes"}""",
        """{"commandId":"findExpert","parameters":[{"name":"topic","value":"kubernetes"}],"queryOptions":{"skip":"x","count":"y"}}""",
        """{"commandId":"findExpert","parameters":[{"name":"topic","value":"kubernetes"}],"queryOptions":{"skip":-3,"count":-5}}""",
        """{"commandId":"findExpert","parameters":[{"name":"topic","value":"kubernetes"}],"queryOptions":{"skip":1e300,"count":99999999999999999999}}""",
        """{"commandId":"findExpert","parameters":[{"name":"topic","value":"kubernetes"}],"queryOptions":[1,2]}""",
        """{"commandId":"findExpert","parameters":[{"name":"initialRun","value":true}]}""",
    };

    [Theory]
    [MemberData(nameof(HostileQueryValues))]
    public async Task A_message_extension_query_with_values_of_the_wrong_type_gets_an_answer_not_an_error(string value)
    {
        var activity = TestActivities.Activity("invoke");
        activity["name"] = "composeExtension/query";
        activity["value"] = JsonNode.Parse(value);

        using var response = await bot.PostAsync(activity, bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())?["composeExtension"]);
    }

    [Theory]
    [InlineData("""[{"contentType":null}]""")]
    [InlineData("""[null]""")]
    [InlineData("""[{}]""")]
    [InlineData("""[null,{"contentType":"application/vnd.microsoft.card.adaptive","content":{}}]""")]
    public async Task Attachments_with_null_entries_or_no_content_type_are_tolerated(string attachments)
    {
        var activity = TestActivities.Message(string.Empty);
        activity["attachments"] = JsonNode.Parse(attachments);

        using var response = await bot.PostAsync(activity, bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_conversation_update_with_null_members_is_tolerated_and_the_bot_install_still_counts()
    {
        var update = TestActivities.Activity("conversationUpdate");
        update["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = "28:" + BotFactory.AppId }, null);
        update["membersRemoved"] = new JsonArray((JsonNode?)null);

        using var response = await bot.PostAsync(update, bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await Conversations.GetAsync(BotFactory.TenantId, TestActivities.ConversationId(update)));
    }

    private static JsonObject Install()
    {
        var install = TestActivities.Activity("installationUpdate");
        install["action"] = "add";
        return install;
    }

    private async Task AssertBadRequestAsync(JsonObject activity)
    {
        using var response = await bot.PostAsync(activity, bot.ValidToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Factory.Connector.SentTo(activity["conversation"]!["id"]!.GetValue<string>()));
    }
}
