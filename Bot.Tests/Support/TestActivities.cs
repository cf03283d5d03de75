using System.Text.Json.Nodes;

namespace ExpertBot.Tests.Support;

/// <summary>Activities as Teams sends them, each in a conversation of its own so tests sharing a bot do not meet.</summary>
internal static class TestActivities
{
    public static JsonObject Message(string text, string serviceUrl = AuthenticatedBot.ServiceUrl, string locale = "en-US", string channelId = "msteams", string conversationType = "personal") =>
        Activity("message", serviceUrl, channelId, conversationType, locale, text);

    public static JsonObject Activity(string type, string serviceUrl = AuthenticatedBot.ServiceUrl, string channelId = "msteams", string conversationType = "personal", string locale = "en-US", string? text = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "act-" + Guid.NewGuid().ToString("N")[..8],
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = channelId,
            ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Dana Scully", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000d5" },
            ["conversation"] = new JsonObject
            {
                ["id"] = "a:conv-" + Guid.NewGuid().ToString("N"),
                ["conversationType"] = conversationType,
                ["tenantId"] = BotFactory.TenantId,
                ["isGroup"] = conversationType != "personal",
            },
            ["recipient"] = new JsonObject { ["id"] = "28:" + BotFactory.AppId, ["name"] = "ExpertBot" },
            ["locale"] = locale,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotFactory.TenantId } },
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }

    public static string ConversationId(JsonObject activity) => activity["conversation"]!["id"]!.GetValue<string>();
}
