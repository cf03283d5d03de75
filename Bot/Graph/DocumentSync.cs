using ExpertBot.Expertise;
using ExpertBot.Hosting;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace ExpertBot.Graph;

/// <summary>
/// Documents of one document library through driveItem delta: each file is evidence for its creator and its last
/// editor. The delta link is kept per drive; 410 Gone lists the library again and drops what is no longer there.
/// </summary>
internal sealed partial class DocumentSync(SyncContext context, TimeProvider time, ILogger logger)
{
    private const string Select = "id,name,webUrl,file,deleted,parentReference,createdBy,lastModifiedBy,createdDateTime,lastModifiedDateTime";

    public static string SourceOf(string driveId) => $"drive|{driveId}";

    public async Task RunAsync(string driveId, string sourceName, Visibility visibility, CancellationToken cancellationToken = default)
    {
        var checkpoint = await context.Checkpoints.GetAsync(context.TenantId, SourceOf(driveId), cancellationToken);
        try
        {
            await SyncAsync(driveId, sourceName, visibility, checkpoint, null, cancellationToken);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 410)
        {
            LogResync(logger, sourceName);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            await SyncAsync(driveId, sourceName, visibility, new SyncCheckpoint(SourceOf(driveId)), seen, cancellationToken);
            await context.RemoveItemKeysAsync(context.State.ItemKeysStartingWith(ItemKey(driveId, string.Empty)).Where(k => !seen.Contains(k)), cancellationToken);
        }
    }

    private async Task SyncAsync(string driveId, string sourceName, Visibility visibility, SyncCheckpoint checkpoint, HashSet<string>? seen, CancellationToken cancellationToken)
    {
        var link = checkpoint.NextLink ?? checkpoint.DeltaLink ?? $"{context.BaseUrl}/drives/{Uri.EscapeDataString(driveId)}/root/delta?$select={Select}";
        var delta = context.Client.Drives[driveId].Items["root"].Delta;
        while (true)
        {
            var page = await delta.WithUrl(link).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            var evidence = new List<EvidenceItem>();
            var deleted = new List<string>();
            foreach (var item in page?.Value ?? [])
            {
                if (item.Id is null)
                {
                    LogMalformed(logger, sourceName, "drive item without id");
                    context.Skipped();
                    continue;
                }

                var key = ItemKey(driveId, item.Id);
                if (item.Deleted is not null)
                {
                    deleted.Add(key);
                }
                else if (item.File is not null)
                {
                    seen?.Add(key);
                    evidence.AddRange(ToEvidence(key, item, sourceName, visibility));
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

            var deltaLink = page?.OdataDeltaLink ?? throw new InvalidOperationException($"drive delta of {sourceName} ended without a delta link");
            await context.Checkpoints.SaveAsync(context.TenantId, new SyncCheckpoint(SourceOf(driveId), DeltaLink: deltaLink, CompletedAt: time.GetUtcNow()), cancellationToken);
            return;
        }
    }

    private IEnumerable<EvidenceItem> ToEvidence(string key, DriveItem item, string sourceName, Visibility visibility)
    {
        var creator = item.CreatedBy?.User?.Id;
        var editor = item.LastModifiedBy?.User?.Id;
        if (creator is null && editor is null)
        {
            LogMalformed(logger, sourceName, "document without creator or editor");
            context.Skipped();
            yield break;
        }

        // The folder path after "root:" says what the document belongs to (a project, a customer...).
        var path = item.ParentReference?.Path is { } p && p.IndexOf("root:", StringComparison.Ordinal) is var rootAt and >= 0 ? p[(rootAt + 5)..].Trim('/') : null;
        var text = string.Join(" — ", new[] { item.Name, path?.Replace('/', ' ') }.Where(s => !string.IsNullOrWhiteSpace(s)));
        // One evidence item per person: the creator (dated at creation) and the last editor (dated at the edit).
        var authors = new Dictionary<string, DateTimeOffset?>(StringComparer.OrdinalIgnoreCase);
        if (creator is not null)
        {
            authors[creator] = item.CreatedDateTime;
        }

        if (editor is not null)
        {
            authors[editor] = item.LastModifiedDateTime;
        }

        foreach (var (person, at) in authors)
        {
            yield return new EvidenceItem
            {
                Id = TenantEvidence.EvidenceId(key, person),
                PersonId = person,
                Timestamp = at ?? item.LastModifiedDateTime ?? item.CreatedDateTime ?? DateTimeOffset.MinValue,
                Kind = EvidenceKinds.Document,
                Title = item.Name,
                Text = text,
                Url = item.WebUrl,
                Visibility = visibility,
                Source = sourceName,
            };
        }
    }

    private static string ItemKey(string driveId, string itemId) => $"doc:{driveId}:{itemId}";

    [LoggerMessage(EventId = EventIds.Graph.DocumentsResync, Level = LogLevel.Warning, Message = "{Source}: delta token expired or invalid (410 Gone); listing the library again")]
    private static partial void LogResync(ILogger logger, string source);

    [LoggerMessage(EventId = EventIds.Graph.DocumentsMalformed, Level = LogLevel.Warning, Message = "{Source}: skipped a malformed item: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string source, string reason);
}
