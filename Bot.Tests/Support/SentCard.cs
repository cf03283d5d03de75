using System.Text.Json;
using System.Text.Json.Nodes;
using ExpertBot.Teams;

namespace ExpertBot.Tests.Support;

/// <summary>What the bot sent as a card, read back as Teams reads it.</summary>
internal static class SentCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The one Adaptive Card the activity carries, as JSON (fails when it carries none, several, or another kind).</summary>
    public static JsonNode Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var attachment = Assert.Single(activity.Attachments ?? []);
        Assert.Equal(ContentType, attachment.ContentType);
        return JsonNode.Parse(JsonSerializer.Serialize(attachment.Content, ActivityJson.Options))!;
    }
}
