using System.Net;
using System.Text.Json.Nodes;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Conversation;

/// <summary>The "Find an expert" message extension through the real endpoint.</summary>
public sealed class SearchExtensionTests(AuthenticatedBot bot) : IClassFixture<AuthenticatedBot>
{
    private static JsonObject Query(string text, int skip = 0, int count = 10, string parameter = "topic")
    {
        var activity = TestActivities.Activity("invoke");
        activity["name"] = "composeExtension/query";
        activity["value"] = new JsonObject
        {
            ["commandId"] = "findExpert",
            ["parameters"] = new JsonArray { new JsonObject { ["name"] = parameter, ["value"] = text } },
            ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count },
        };
        return activity;
    }

    private async Task<JsonObject> ExtensionAsync(JsonObject activity)
    {
        using var response = await bot.PostAsync(activity, bot.ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return body["composeExtension"]!.AsObject();
    }

    [Fact]
    public async Task A_topic_search_returns_one_result_per_person_with_a_card_to_insert_and_a_hero_preview()
    {
        var result = await ExtensionAsync(Query("kubernetes"));

        Assert.Equal("result", result["type"]!.GetValue<string>());
        Assert.Equal("list", result["attachmentLayout"]!.GetValue<string>());
        var attachment = Assert.Single(result["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Contains("Alice Kubernetes-Martin", attachment["content"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.hero", attachment["preview"]!["contentType"]!.GetValue<string>());
        Assert.Equal("Alice Kubernetes-Martin", attachment["preview"]!["content"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_question_typed_in_the_search_box_is_understood_like_in_chat()
    {
        var result = await ExtensionAsync(Query("qui connaît le droit du travail ?"));
        Assert.Contains("Bernard Dupont", result.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_skips_people_already_shown()
    {
        var result = await ExtensionAsync(Query("kubernetes", skip: 1));
        Assert.Empty(result["attachments"]!.AsArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("k")]
    public async Task An_empty_or_too_short_query_gets_a_hint_not_an_error(string text)
    {
        var result = await ExtensionAsync(Query(text));
        Assert.Equal("message", result["type"]!.GetValue<string>());
        Assert.Contains("Type a topic", result["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_parameter_is_used_when_the_client_names_it_differently()
    {
        var result = await ExtensionAsync(Query("kubernetes", parameter: "searchQuery"));
        Assert.Single(result["attachments"]!.AsArray());
    }

    [Fact]
    public async Task A_query_without_value_is_a_bad_request()
    {
        var activity = TestActivities.Activity("invoke");
        activity["name"] = "composeExtension/query";
        using var response = await bot.PostAsync(activity, bot.ValidToken());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
