using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Hosting;
using ExpertBot.Teams;

namespace ExpertBot.Routing;

/// <summary>
/// The proactive messages of routing, through the connector as the digest sends them: a card or a note to a
/// stored personal conversation, and to the asker (in the conversation they are known by, or one created for them).
/// A refusal is logged and reported, never thrown: one unreachable person must not stop a question moving on.
/// </summary>
internal sealed partial class RoutingMessenger(IConnectorClient connector, ILogger<RoutingMessenger> logger)
{
    /// <summary>Sends a card; Delivered is false when the connector refused it (the app removed, the service down).</summary>
    public async Task<(bool Delivered, string? ActivityId)> SendCardAsync(string serviceUrl, string botId, string conversationId, JsonObject card, string summary, CancellationToken cancellationToken = default)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = summary,
            From = new ChannelAccount { Id = botId },
            Conversation = new ConversationAccount { Id = conversationId },
            Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = card }],
        };
        return await SendAsync(serviceUrl, conversationId, activity, cancellationToken);
    }

    public async Task<bool> SendTextAsync(string serviceUrl, string botId, string conversationId, string text, CancellationToken cancellationToken = default)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = "plain",
            From = new ChannelAccount { Id = botId },
            Conversation = new ConversationAccount { Id = conversationId },
        };
        return (await SendAsync(serviceUrl, conversationId, activity, cancellationToken)).Delivered;
    }

    /// <summary>A card to the asker, in their personal conversation (created with their Teams id when none is stored).</summary>
    public async Task<bool> ToAskerAsync(RoutedQuestion question, JsonObject card, string summary, CancellationToken cancellationToken = default)
    {
        if (await AskerConversationAsync(question, cancellationToken) is not { } conversationId)
        {
            return false;
        }

        return (await SendCardAsync(question.ServiceUrl, question.BotId, conversationId, card, summary, cancellationToken)).Delivered;
    }

    public async Task<bool> TextToAskerAsync(RoutedQuestion question, string text, CancellationToken cancellationToken = default) =>
        await AskerConversationAsync(question, cancellationToken) is { } conversationId
        && await SendTextAsync(question.ServiceUrl, question.BotId, conversationId, text, cancellationToken);

    private async Task<string?> AskerConversationAsync(RoutedQuestion question, CancellationToken cancellationToken)
    {
        if (question.AskerConversationId is { Length: > 0 } known)
        {
            return known;
        }

        if (question.AskerUserId is not { Length: > 0 } userId)
        {
            return null;
        }

        try
        {
            // Asked from a channel or group chat: the answer is private, so it goes to a 1:1 chat (the call is idempotent).
            return await connector.CreateConversationAsync(question.ServiceUrl, question.BotId, userId, question.TenantId, cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            LogSendFailed(logger, question.TenantId, ex is ConnectorException c ? (int)c.StatusCode : 503);
            return null;
        }
    }

    private async Task<(bool Delivered, string? ActivityId)> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            return (true, await connector.SendAsync(serviceUrl, conversationId, activity, cancellationToken));
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            LogSendFailed(logger, null, ex is ConnectorException c ? (int)c.StatusCode : 503);
            return (false, null);
        }
    }

    [LoggerMessage(EventId = EventIds.Routing.SendFailed, Level = LogLevel.Warning, Message = "A routing message could not be delivered ({Status}) in tenant {TenantId}")]
    private static partial void LogSendFailed(ILogger logger, string? tenantId, int status);
}
