using System.Text.Json.Nodes;

namespace ExpertBot.Conversation;

/// <summary>
/// What a conversation feature answers to a turn. Features never call the connector themselves: they return a
/// reply, and the turn handler sends it (a message turn) or puts it in the HTTP response (an invoke).
/// </summary>
internal abstract record Reply
{
    /// <summary>Nothing to say (e.g. a shared card, someone else joining a team).</summary>
    public static Reply None { get; } = new Silence();

    /// <summary>Plain text, never Markdown: user words inside it cannot become links or formatting.</summary>
    public sealed record Text(string Value) : Reply;

    /// <summary>An Adaptive Card; <paramref name="Summary"/> is what notifications and the chat list show.</summary>
    public sealed record Card(JsonObject Content, string Summary) : Reply;

    /// <summary>A card that replaces the one the action was clicked on, when the client says which; else sent anew.</summary>
    public sealed record UpdatedCard(JsonObject Content, string Summary) : Reply;

    /// <summary>The results of the search message extension: the composeExtension object Teams shows as a list.</summary>
    public sealed record SearchResults(JsonObject ComposeExtension) : Reply;

    /// <summary>The invoke was not understood: a 400 with a reason for the client's developer.</summary>
    public sealed record BadRequest(string Reason) : Reply;

    private sealed record Silence : Reply;
}
