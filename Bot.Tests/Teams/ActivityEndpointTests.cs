using System.Net;
using System.Text.Json.Nodes;
using ExpertBot.Teams;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Teams;

/// <summary>POST /api/messages with authenticated activities: what is refused as malformed, and what the bot answers.</summary>
public sealed class ActivityEndpointTests(AuthenticatedBot bot) : IClassFixture<AuthenticatedBot>
{
    [Fact]
    public async Task Malformed_JSON_is_a_bad_request()
    {
        using var response = await AuthenticatedBot.PostAsync(bot.Client, """{"type":"message","text":""", bot.ValidToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_activity_is_refused_unread()
    {
        var activity = TestActivities.Message(new string('k', 600 * 1024));

        using var response = await bot.PostAsync(activity, bot.ValidToken());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }

    [Fact]
    public async Task An_activity_without_type_or_serviceUrl_is_a_bad_request()
    {
        var activity = TestActivities.Message("who knows kubernetes?");
        activity.Remove("type");
        activity.Remove("serviceUrl");

        using var response = await bot.PostAsync(activity, bot.ValidToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }

    [Fact]
    public async Task An_activity_type_the_bot_does_not_handle_is_acknowledged_and_not_answered()
    {
        var activity = TestActivities.Activity("typing");

        using var response = await bot.PostAsync(activity, bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }

    [Fact]
    public async Task An_unknown_invoke_is_refused_as_bad_input_never_with_a_5xx()
    {
        var activity = TestActivities.Activity("invoke");
        activity["name"] = "composeExtension/somethingNew";

        using var response = await bot.PostAsync(activity, bot.ValidToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }

    [Fact]
    public async Task A_question_gets_exactly_one_card_naming_the_person_whose_work_shows_the_topic()
    {
        var card = await AskAsync(TestActivities.Message("who knows kubernetes?"));

        Assert.Equal("Who knows kubernetes", Title(card));
        Assert.Contains(TestSnapshot.KubernetesPerson, card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestSnapshot.LabourLawPerson, card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_French_question_is_answered_in_French_whatever_the_client_locale()
    {
        var card = await AskAsync(TestActivities.Message("qui connaît le droit du travail ?", locale: "en-US"));

        Assert.StartsWith("Qui connaît", Title(card), StringComparison.Ordinal);
        Assert.Contains("droit du travail", Title(card), StringComparison.Ordinal);
        Assert.Contains(TestSnapshot.LabourLawPerson, card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help", "What I can do")]
    [InlineData("aide", "Ce que je sais faire")]
    [InlineData("Hi team!", "What I can do")]
    [InlineData("bonjour à tous", "Ce que je sais faire")]
    public async Task Help_is_answered_with_a_help_card_in_the_language_asked(string text, string title)
    {
        var card = await AskAsync(TestActivities.Message(text, locale: "en-US"));

        Assert.Equal(title, Title(card));
    }

    [Theory]
    [InlineData("thanks!", "You're welcome! Ask me \"who knows <topic>?\" whenever you need someone.")]
    [InlineData("merci beaucoup", "Avec plaisir ! Demandez-moi « qui connaît <sujet> ? » dès que vous cherchez quelqu'un.")]
    [InlineData("who knows?", "Which topic? Ask me \"who knows <topic>?\".")]
    public async Task Thanks_and_a_request_without_a_topic_are_answered_in_words_not_searched(string text, string answer)
    {
        // Both were searched as topics: « Nobody fits "thanks!" yet ».
        var activity = TestActivities.Message(text, locale: "en-US");
        using var response = await bot.PostAsync(activity, bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity)));
        Assert.Equal(answer, reply.Text);
        Assert.Empty(reply.Attachments ?? []);
    }

    [Fact]
    public async Task A_question_in_a_channel_that_mentions_the_bot_is_answered()
    {
        var card = await AskAsync(TestActivities.Message("<at>ExpertBot</at> who knows kubernetes?", conversationType: "channel"));

        Assert.Contains(TestSnapshot.KubernetesPerson, card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_shared_from_the_message_extension_is_not_answered()
    {
        // What the Agents Playground (like Teams) posts when the user sends a "Find an expert" result from the message box.
        var activity = TestActivities.Message(
            "\n<span class=\"inline-compose-card\" itemid=\"0\" itemtype=\"http://schema.skype.com/InputExtension\">\n  <span content=\"0\" itemprop=\"cardId\"></span>\n</span>\n");
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray() },
        });

        using var response = await bot.PostAsync(activity, bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity)));
    }

    [Fact]
    public async Task A_question_sent_with_a_shared_card_is_still_answered()
    {
        var activity = TestActivities.Message(
            "who knows kubernetes? <span class=\"inline-compose-card\" itemid=\"0\" itemtype=\"http://schema.skype.com/InputExtension\"><span content=\"0\" itemprop=\"cardId\"></span></span>");
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray() },
        });

        var card = await AskAsync(activity);

        Assert.Contains(TestSnapshot.KubernetesPerson, card.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<JsonNode> AskAsync(JsonObject activity)
    {
        using var response = await bot.PostAsync(activity, bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return SentCard.Of(Assert.Single(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity))));
    }

    private static string Title(JsonNode card) => card["body"]![0]!["text"]!.GetValue<string>();
}
