using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Teams;
using ExpertBot.Hosting;

namespace ExpertBot.Conversation;

/// <summary>
/// Delivers a feature's <see cref="Reply"/>: to the conversation through the connector for a message turn, or as
/// the body Teams expects in an invoke's HTTP response (Universal Action or message-extension shapes).
/// </summary>
internal sealed partial class ReplySender(IConnectorClient connector, ILogger<ReplySender> logger)
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private const string MessageType = "application/vnd.microsoft.activity.message";

    public static Reply Help(Turn turn) => new Reply.Card(HelpCard.Build(turn.Language), turn.Texts["HelpTitle"]);

    /// <summary>Sends the reply; when the connector refuses it for good (e.g. a card it will not take), says sorry in words.</summary>
    public async Task SendAsync(Turn turn, Reply reply, CancellationToken cancellationToken = default)
    {
        try
        {
            await DeliverAsync(turn, reply, cancellationToken);
        }
        catch (ConnectorException ex) when (!ex.BotWasRemoved && (int)ex.StatusCode is >= 400 and < 500 && reply is not Reply.Text)
        {
            LogRefused(logger, (int)ex.StatusCode, reply.GetType().Name);
            await DeliverAsync(turn, new Reply.Text(turn.Texts["Sorry"]), cancellationToken);
        }
    }

    private async Task DeliverAsync(Turn turn, Reply reply, CancellationToken cancellationToken)
    {
        var incoming = turn.Activity;
        var serviceUrl = incoming.ServiceUrl!;
        var conversationId = incoming.Conversation!.Id!;
        switch (reply)
        {
            case Reply.Text text:
                await connector.SendAsync(serviceUrl, conversationId, Replies.Text(incoming, text.Value), cancellationToken);
                break;
            case Reply.Card card:
                await connector.SendAsync(serviceUrl, conversationId, Replies.Card(incoming, card.Content, card.Summary), cancellationToken);
                break;
            case Reply.UpdatedCard card when incoming.ReplyToId is { Length: > 0 } cardId:
                await connector.UpdateAsync(serviceUrl, conversationId, cardId, Replies.Card(incoming, card.Content, card.Summary) with { Id = cardId }, cancellationToken);
                break;
            case Reply.UpdatedCard card:
                await connector.SendAsync(serviceUrl, conversationId, Replies.Card(incoming, card.Content, card.Summary), cancellationToken);
                break;
            case Reply.BadRequest:
                await connector.SendAsync(serviceUrl, conversationId, Replies.Text(incoming, turn.Texts["BadAction"]), cancellationToken);
                break;
            default:
                // Reply.None, and search results, which only an invoke can carry.
                break;
        }
    }

    /// <summary>adaptiveCard/action's response: the refreshed card, or a message (Universal Actions' response shapes).</summary>
    public static InvokeResponse ForCardAction(Reply reply) => reply switch
    {
        Reply.Card card => CardResponse(card.Content),
        Reply.UpdatedCard card => CardResponse(card.Content),
        Reply.Text text => new InvokeResponse(StatusCodes.Status200OK, new { statusCode = 200, type = MessageType, value = text.Value }),
        Reply.BadRequest bad => new InvokeResponse(StatusCodes.Status400BadRequest, new
        {
            statusCode = 400,
            type = "application/vnd.microsoft.error",
            value = new { code = "BadRequest", message = bad.Reason },
        }),
        _ => new InvokeResponse(StatusCodes.Status200OK),
    };

    private static InvokeResponse CardResponse(JsonObject card) =>
        new(StatusCodes.Status200OK, new { statusCode = 200, type = CardType, value = card });

    /// <summary>composeExtension/query's response: the result list, or a message shown in its place.</summary>
    public static InvokeResponse ForSearch(Reply reply) => reply switch
    {
        Reply.SearchResults results => new InvokeResponse(StatusCodes.Status200OK, new JsonObject { ["composeExtension"] = results.ComposeExtension }),
        Reply.Text text => new InvokeResponse(StatusCodes.Status200OK, new JsonObject
        {
            ["composeExtension"] = new JsonObject { ["type"] = "message", ["text"] = text.Value },
        }),
        Reply.BadRequest bad => InvokeResponse.BadRequest(bad.Reason),
        _ => new InvokeResponse(StatusCodes.Status200OK),
    };

    [LoggerMessage(EventId = EventIds.Conversation.ReplyRefused, Level = LogLevel.Warning, Message = "The connector refused a {Kind} reply with {Status}; an apology was sent instead")]
    private static partial void LogRefused(ILogger logger, int status, string kind);
}
