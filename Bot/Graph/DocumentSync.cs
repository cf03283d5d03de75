using ExpertBot.Expertise;
using ExpertBot.Hosting;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace ExpertBot.Graph;

/// <summary>
/// Documents of one document library through driveItem delta: each file is evidence for its creator and its last
/// editor. The delta link is kept per drive; 410 Gone lists the library again and drops what is no longer there.
/// A file's audience is read, not assumed (<see cref="DriveVisibility"/>): a file that is not proven open to the
/// whole organisation is private, so it is not stored (or, with StorePrivateItems, scored and never shown).
/// Folders come from the delta itself: it never returns parentReference.path, only the parent's id.
/// </summary>
internal sealed partial class DocumentSync(SyncContext context, TimeProvider time, ILogger logger)
{
    private const string Select = "id,name,webUrl,file,folder,root,deleted,parentReference,createdBy,lastModifiedBy,createdDateTime,lastModifiedDateTime";
    private const int MaxFolderDepth = 64;

    public static string SourceOf(string driveId) => $"drive|{driveId}";

    public async Task RunAsync(string driveId, string sourceName, Visibility visibility, CancellationToken cancellationToken = default)
    {
        var checkpoint = await context.Checkpoints.GetAsync(context.TenantId, SourceOf(driveId), cancellationToken);
        var folders = await context.Checkpoints.GetFoldersAsync(context.TenantId, driveId, cancellationToken);
        // A library synced before folders and permissions were kept is listed again: every stored file's audience
        // is then read, and what is not open to everyone is removed.
        if (folders.Count > 0 || (checkpoint.DeltaLink ?? checkpoint.NextLink) is null)
        {
            try
            {
                await SyncAsync(driveId, sourceName, visibility, checkpoint, folders, null, cancellationToken);
                return;
            }
            catch (ApiException ex) when (ex.ResponseStatusCode == 410)
            {
                LogResync(logger, sourceName);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        await SyncAsync(driveId, sourceName, visibility, new SyncCheckpoint(SourceOf(driveId)), folders, seen, cancellationToken);
        await context.RemoveItemKeysAsync(context.State.ItemKeysStartingWith(ItemKey(driveId, string.Empty)).Where(k => !seen.Contains(k)), cancellationToken);
    }

    private async Task SyncAsync(string driveId, string sourceName, Visibility visibility, SyncCheckpoint checkpoint, Dictionary<string, DriveFolder> folders, HashSet<string>? seen, CancellationToken cancellationToken)
    {
        var link = checkpoint.NextLink ?? checkpoint.DeltaLink ?? $"{context.BaseUrl}/drives/{Uri.EscapeDataString(driveId)}/root/delta?$select={Select}";
        var delta = context.Client.Drives[driveId].Items["root"].Delta;
        while (true)
        {
            var page = await delta.WithUrl(link).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            var items = (page?.Value ?? []).Where(i => i.Id is not null || Malformed(sourceName, "drive item without id")).ToList();
            var deleted = items.Where(i => i.Deleted is not null).Select(i => i.Id!).ToList();
            var changedFolders = items.Where(i => i.Deleted is null && i.Root is null && i.Folder is not null).ToList();
            var files = items.Where(i => i.Deleted is null && i.File is not null && HasAuthor(i, sourceName)).ToList();

            // A private source's files are all private: their audience is not read.
            var audiences = visibility == Visibility.Organization
                ? await DriveAudienceReader.ReadAsync(context, driveId, [.. changedFolders.Select(f => f.Id!)], [.. files.Select(f => f.Id!)], time, logger, cancellationToken)
                : [];
            var changed = ApplyFolders(items, changedFolders, audiences, folders);
            var removedFolders = deleted.Where(folders.Remove).ToList();

            var evidence = new List<EvidenceItem>();
            var removed = deleted.Select(id => ItemKey(driveId, id)).ToList();
            foreach (var file in files)
            {
                var key = ItemKey(driveId, file.Id!);
                var ancestors = Ancestors(file.ParentReference?.Id, folders);
                var (fileVisibility, reason) = DriveVisibility.Of(visibility, audiences.GetValueOrDefault(file.Id!), ancestors, context.Options.ReadSensitivityLabels, context.Options.AllowedSensitivityLabels);
                if (fileVisibility == Visibility.Private && visibility == Visibility.Organization)
                {
                    LogPrivate(logger, sourceName, reason ?? "private");
                }

                if (fileVisibility == Visibility.Private && !context.Options.StorePrivateItems)
                {
                    // Stored earlier as visible (its permissions or label changed since): removed, never shown again.
                    removed.Add(key);
                    continue;
                }

                seen?.Add(key);
                evidence.AddRange(ToEvidence(key, file, sourceName, fileVisibility, FolderText(ancestors)));
            }

            await context.RemoveItemKeysAsync(removed, cancellationToken);
            await context.SaveItemsAsync(evidence, cancellationToken);
            // Folders before the checkpoint: a resumed run must know the folders of the pages it will not read again.
            await context.Checkpoints.SaveFoldersAsync(context.TenantId, driveId, changed, removedFolders, cancellationToken);
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

    /// <summary>The page's root and folders into the map, parents first (delta lists a parent before its children).</summary>
    private static List<DriveFolder> ApplyFolders(List<DriveItem> items, List<DriveItem> changedFolders, Dictionary<string, ItemAudience> audiences, Dictionary<string, DriveFolder> folders)
    {
        var changed = new List<DriveFolder>();
        foreach (var root in items.Where(i => i.Deleted is null && i.Root is not null))
        {
            // The library itself: its audience is the source's (a listed site, a public team).
            var folder = new DriveFolder(root.Id!, string.Empty, null, IsRoot: true, Restricted: false);
            folders[folder.Id] = folder;
            changed.Add(folder);
        }

        foreach (var item in changedFolders)
        {
            var parentId = item.ParentReference?.Id;
            var parent = parentId is null ? null : folders.GetValueOrDefault(parentId);
            var restricted = DriveVisibility.IsRestricted(audiences.GetValueOrDefault(item.Id!), parent, parent is not null);
            var folder = new DriveFolder(item.Id!, item.Name ?? string.Empty, parentId, IsRoot: false, restricted);
            folders[folder.Id] = folder;
            changed.Add(folder);
        }

        return changed;
    }

    /// <summary>The folders from the library root down to the parent; null when the chain does not reach a known root.</summary>
    private static List<DriveFolder>? Ancestors(string? parentId, Dictionary<string, DriveFolder> folders)
    {
        var chain = new List<DriveFolder>();
        for (var id = parentId; id is not null && chain.Count < MaxFolderDepth; id = chain[^1].ParentId)
        {
            if (!folders.TryGetValue(id, out var folder))
            {
                return null;
            }

            chain.Add(folder);
            if (folder.IsRoot)
            {
                chain.Reverse();
                return chain;
            }
        }

        return null;
    }

    // The folder names say what the document belongs to (a project, a customer...); the library root has none.
    private static string? FolderText(List<DriveFolder>? ancestors) =>
        ancestors is null ? null : string.Join(' ', ancestors.Where(f => !f.IsRoot && f.Name.Length > 0).Select(f => f.Name));

    private bool Malformed(string sourceName, string reason)
    {
        LogMalformed(logger, sourceName, reason);
        context.Skipped();
        return false;
    }

    private bool HasAuthor(DriveItem item, string sourceName) =>
        item.CreatedBy?.User?.Id is not null || item.LastModifiedBy?.User?.Id is not null || Malformed(sourceName, "document without creator or editor");

    private static IEnumerable<EvidenceItem> ToEvidence(string key, DriveItem item, string sourceName, Visibility visibility, string? folders)
    {
        var text = string.Join(" — ", new[] { item.Name, folders }.Where(s => !string.IsNullOrWhiteSpace(s)));
        // One evidence item per person: the creator (dated at creation) and the last editor (dated at the edit).
        var authors = new Dictionary<string, DateTimeOffset?>(StringComparer.OrdinalIgnoreCase);
        if (item.CreatedBy?.User?.Id is { } creator)
        {
            authors[creator] = item.CreatedDateTime;
        }

        if (item.LastModifiedBy?.User?.Id is { } editor)
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

    [LoggerMessage(EventId = EventIds.Graph.DocumentPrivate, Level = LogLevel.Debug, Message = "{Source}: a file is private ({Reason}) and is not shown")]
    private static partial void LogPrivate(ILogger logger, string source, string reason);
}
