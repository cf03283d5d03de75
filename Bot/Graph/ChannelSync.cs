using ExpertBot.Expertise;
using ExpertBot.Hosting;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace ExpertBot.Graph;

/// <summary>
/// Messages people posted in one standard channel: root messages through the channel's messages delta (which
/// covers the last 8 months), and the replies of every new or changed root message through $batch. HTML is
/// stripped; system events and messages from apps are not evidence of anyone's expertise.
/// </summary>
internal sealed partial class ChannelSync(SyncContext context, TimeProvider time, ILogger logger)
{
    public static string SourceOf(string teamId, string channelId) => $"channel|{teamId}|{channelId}";

    public async Task RunAsync(string teamId, string channelId, string sourceName, Visibility visibility, CancellationToken cancellationToken = default)
    {
        var checkpoint = await context.Checkpoints.GetAsync(context.TenantId, SourceOf(teamId, channelId), cancellationToken);
        try
        {
            await SyncAsync(teamId, channelId, sourceName, visibility, checkpoint, cancellationToken);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 410)
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
            ?? $"{context.BaseUrl}/teams/{Uri.EscapeDataString(teamId)}/channels/{Uri.EscapeDataString(channelId)}/messages/delta";
        // Replies are read for full batches of 20 roots, carried over pages; a page is checkpointed only when no
        // root of it or before it waits for its replies, so a resumed run never misses a thread.
        var waiting = new List<string>();
        while (true)
        {
            var page = await channel.Messages.Delta.WithUrl(link).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            var roots = page?.Value ?? [];
            waiting.AddRange(roots.Where(m => m.Id is not null && m.DeletedDateTime is null).Select(m => m.Id!));
            var now = page?.OdataNextLink is null ? waiting.Count : waiting.Count / GraphBatch.MaxPerBatch * GraphBatch.MaxPerBatch;
            var requests = waiting.Take(now).Select(id => (id, channel.Messages[id].Replies.ToGetRequestInformation())).ToList();
            waiting.RemoveRange(0, now);
            var replies = await GraphBatch.GetAsync<ChatMessageCollectionResponse>(context.Client, requests, context.Options.MaxRetries, time, logger, cancellationToken);
            var messages = roots.Concat(replies.Values.SelectMany(r => r.Value ?? []));

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
                if (waiting.Count == 0)
                {
                    await context.Checkpoints.SaveAsync(context.TenantId, checkpoint with { NextLink = next }, cancellationToken);
                }

                link = next;
                continue;
            }

            var deltaLink = page?.OdataDeltaLink ?? throw new InvalidOperationException($"messages delta of {sourceName} ended without a delta link");
            await context.Checkpoints.SaveAsync(context.TenantId, new SyncCheckpoint(SourceOf(teamId, channelId), DeltaLink: deltaLink, CompletedAt: time.GetUtcNow()), cancellationToken);
            return;
        }
    }

    private static EvidenceItem? ToEvidence(string key, ChatMessage m, string sourceName, Visibility visibility)
    {
        // System events and messages from apps or bots are no one's expertise.
        if (m.MessageType != ChatMessageType.Message || m.From?.User?.Id is not { } author)
        {
            return null;
        }

        var text = HtmlText.Strip(m.Body?.Content);
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
