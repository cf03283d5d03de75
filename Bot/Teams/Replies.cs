using System.Text.Json.Nodes;

namespace ExpertBot.Teams;

/// <summary>Builds outgoing activities addressed back to the conversation an activity came from.</summary>
internal static class Replies
{
    public static Activity Text(Activity incoming, string text) => Base(incoming) with { Text = text, TextFormat = "plain" };

    public static Activity Card(Activity incoming, JsonObject card, string summary) => Base(incoming) with
    {
        Summary = summary,
        Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }],
    };

    private static Activity Base(Activity incoming) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
    };
}
