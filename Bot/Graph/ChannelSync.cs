using ExpertBot.Expertise;
using ExpertBot.Hosting;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace ExpertBot.Graph;

/// <summary>
/// Messages people posted in one standard channel, through the channel's messages delta (which covers the last 8
/// months) with $expand=replies: each root message comes with up to 1,000 of its replies inline, the rest behind
/// replies@odata.nextLink, which is followed (https://learn.microsoft.com/graph/api/channel-list-messages). So a page
/// is complete in itself (no reply batches to wait for) and is checkpointed as soon as it is stored. HTML is stripped,
/// quoted messages too; system events and messages from apps are not evidence of anyone's expertise.
/// </summary>
internal sealed partial class ChannelSync(SyncContext context, TimeProvider time, ILogger logger)
{
    /// <summary>The service's inline limit: a thread longer than this has a replies@odata.nextLink (or, by a known service bug, sometimes none).</summary>
    public const int InlineReplyLimit = 1000;
    private const string RepliesNextLink = "replies@odata.nextLink";

    /// <summary>
    /// "messages|" since replies came inline: a delta link taken without $expand=replies would never bring replies again,
    /// so a channel checkpointed by an older version ("channel|...") is read once more in full.
    /// </summary>
    public static string SourceOf(string teamId, string channelId) => $"messages|{teamId}|{channelId}";

    public async Task RunAsync(string teamId, string channelId, string sourceName, Visibility visibility, CancellationToken cancellationToken = default)
    {
        var checkpoint = await context.Checkpoints.GetAsync(context.TenantId, SourceOf(teamId, channelId), cancellationToken);
        try
        {
            await SyncAsync(teamId, channelId, sourceName, visibility, checkpoint, cancellationToken);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 410 && (checkpoint.DeltaLink ?? checkpoint.NextLink) is not null)
        {
            // Messages deleted meanwhile come back from the full read as deleted ones, or not at all (older than 8 months).
            LogResync(logger, sourceName);
            await SyncAsync(teamId, channelId, sourceName, visibility, new SyncCheckpoint(SourceOf(teamId, channelId)), cancellationToken);
        }
    }

    private async Task SyncAsync(string teamId, string channelId, string sourceName, Visibility visibility, SyncCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var channel = context.Client.Teams[teamId].Channels[channelId];
        var link = checkpoint.NextLink ?? checkpoint.DeltaLink
            ?? $"{context.BaseUrl}/teams/{Uri.EscapeDataString(teamId)}/channels/{Uri.EscapeDataString(channelId)}/messages/delta?$expand=replies";
        while (true)
        {
            var page = await channel.Messages.Delta.WithUrl(link).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            var messages = new List<ChatMessage>();
            foreach (var root in page?.Value ?? [])
            {
                messages.Add(root);
                if (root.Id is not null && root.DeletedDateTime is null)
                {
                    messages.AddRange(await RepliesAsync(channel.Messages[root.Id], root, cancellationToken));
                }
            }

            var evidence = new List<EvidenceItem>();
            var deleted = new List<string>();
            foreach (var m in messages)
            {
                if (m.Id is null)
                {
                    LogMalformed(logger, sourceName, "message without id");
                    context.Skipped();
                    continue;
                }

                var key = $"msg:{teamId}:{channelId}:{m.Id}";
                if (m.DeletedDateTime is not null)
                {
                    deleted.Add(key);
                }
                else if (ToEvidence(key, m, sourceName, visibility) is { } item)
                {
                    evidence.Add(item);
                }
            }

            await context.RemoveItemKeysAsync(deleted, cancellationToken);
            await context.SaveItemsAsync(evidence, cancellationToken);
            context.Report(sourceName);
            if (page?.OdataNextLink is { } next)
            {
                await context.Checkpoints.SaveAsync(context.TenantId, checkpoint with { NextLink = next }, cancellationToken);
                link = next;
                continue;
            }

            var deltaLink = page?.OdataDeltaLink ?? throw new InvalidOperationException($"messages delta of {sourceName} ended without a delta link");
            await context.Checkpoints.SaveAsync(context.TenantId, new SyncCheckpoint(SourceOf(teamId, channelId), DeltaLink: deltaLink, CompletedAt: time.GetUtcNow()), cancellationToken);
            return;
        }
    }

    /// <summary>The root's inline replies, then the pages behind replies@odata.nextLink.</summary>
    private static async Task<List<ChatMessage>> RepliesAsync(Microsoft.Graph.Teams.Item.Channels.Item.Messages.Item.ChatMessageItemRequestBuilder message, ChatMessage root, CancellationToken cancellationToken)
    {
        var replies = new List<ChatMessage>(root.Replies ?? []);
        var next = root.AdditionalData.TryGetValue(RepliesNextLink, out var link) ? link?.ToString() : null;
        if (next is null && replies.Count >= InlineReplyLimit)
        {
            // A thread at the inline limit without a next link (microsoftgraph/microsoft-graph-docs-contrib#8819):
            // list its replies in full, 50 a page, rather than lose the rest.
            next = message.Replies.ToGetRequestInformation(r => r.QueryParameters.Top = 50).URI.ToString();
            replies.Clear();
        }

        while (next is not null)
        {
            var page = await message.Replies.WithUrl(next).GetAsync(cancellationToken: cancellationToken);
            replies.AddRange(page?.Value ?? []);
            next = page?.OdataNextLink;
        }

        return replies;
    }

    private static EvidenceItem? ToEvidence(string key, ChatMessage m, string sourceName, Visibility visibility)
    {
        // System events and messages from apps or bots are no one's expertise.
        if (m.MessageType != ChatMessageType.Message || m.From?.User?.Id is not { } author)
        {
            return null;
        }

        var text = HtmlText.Strip(HtmlText.WithoutQuotes(m.Body?.Content));
        if (text.Length == 0 && string.IsNullOrWhiteSpace(m.Subject))
        {
            return null;
        }

        return new EvidenceItem
        {
            Id = TenantEvidence.EvidenceId(key, author),
            PersonId = author,
            Timestamp = m.CreatedDateTime ?? m.LastModifiedDateTime ?? DateTimeOffset.MinValue,
            Kind = EvidenceKinds.Message,
            Title = string.IsNullOrWhiteSpace(m.Subject) ? Shorten(text) : m.Subject,
            Text = text,
            Url = m.WebUrl,
            Visibility = visibility,
            Source = sourceName,
        };
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [LoggerMessage(EventId = EventIds.Graph.ChannelResync, Level = LogLevel.Warning, Message = "{Source}: delta token expired or invalid (410 Gone); reading the channel again")]
    private static partial void LogResync(ILogger logger, string source);

    [LoggerMessage(EventId = EventIds.Graph.ChannelMalformed, Level = LogLevel.Warning, Message = "{Source}: skipped a malformed message: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string source, string reason);
}
