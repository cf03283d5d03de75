using ExpertBot.Expertise;
using ExpertBot.Hosting;
using ExpertBot.Presence;
using ExpertBot.Privacy;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;

namespace ExpertBot.Graph;

/// <summary>
/// One incremental sync of the configured tenant: people first (evidence is only kept for known people), then the
/// standard channels and libraries of the listed teams, then the listed sites' libraries (nothing listed, none read).
/// Every page is stored and checkpointed before the next is read, so an interrupted run resumes where it stopped. Each
/// source runs on its own (<see cref="SyncSources"/>): a 403 on channel messages or a deleted team is recorded against
/// that source, the others are synced, and what was read is published.
/// </summary>
internal sealed partial class GraphSynchronizer(
    GraphConnection graph,
    GraphEvidenceStore store,
    PhotoStore photos,
    SyncCheckpointStore checkpoints,
    SyncStatusStore statuses,
    PreferenceStore preferences,
    IOptions<GraphOptions> options,
    TimeProvider time,
    ILogger<GraphSynchronizer> logger)
{
    public string TenantId => options.Value.TenantId ?? throw new InvalidOperationException("Graph:TenantId is not configured");

    /// <summary>The tenant's stored evidence, for a first index and for instances that do not sync.</summary>
    public async Task<TenantEvidence> LoadAsync(CancellationToken cancellationToken = default)
    {
        var (people, items) = await store.LoadAsync(TenantId, cancellationToken);
        return new TenantEvidence(people, items);
    }

    public async Task<SyncReport> RunAsync(TenantEvidence state, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var forgotten = await preferences.ForgottenAsync(TenantId, cancellationToken);
        var context = new SyncContext(TenantId, o, graph.Client, graph.BaseUrl, state, forgotten, store, photos, checkpoints, progress);
        var sources = new SyncSources(await statuses.LoadAsync(TenantId, cancellationToken), o, time, logger);
        foreach (var id in forgotten.Where(id => state.FindPerson(id) is not null))
        {
            // Forgotten since the last run ("forget me" erased the store, or a sync running meanwhile stored
            // something again): erased here once more, from the store and from memory.
            await context.RemovePersonAsync(id, cancellationToken);
        }

        if (!o.HasSources)
        {
            // Sources are opt-in: an admin lists the teams and sites whose content may be read (README, "Choose the sources").
            LogNoSources(logger, TenantId);
        }

        if (await sources.RunAsync(PeopleSync.Source, "people", ct => new PeopleSync(context, time, logger).RunAsync(ct), cancellationToken))
        {
            await sources.RunAsync(PhotoSync.Source, "photos", ct => new PhotoSync(context, time, logger).RunAsync(ct), cancellationToken);
            await new TeamSources(context, sources, time, logger).RunAsync(cancellationToken);
            await SitesAsync(context, sources, cancellationToken);
        }
        else
        {
            // Evidence is kept for known people only and a delta, once read, is not read again: content read while
            // people cannot be would lose every new person's work for good. It waits for the people sync.
            LogContentPostponed(logger, TenantId);
        }

        var (changed, stale) = sources.ToSave(state.CountItemsBySource(), state.ActivePeopleCount());
        await statuses.SaveAsync(TenantId, changed, stale, cancellationToken);
        var report = context.ToReport(sources.Failing());
        LogCompleted(logger, TenantId, report.People, report.Items, report.ItemsStored, report.ItemsRemoved, report.Skipped, report.Failing.Count);
        return report;
    }

    private async Task SitesAsync(SyncContext context, SyncSources sources, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var documents = new DocumentSync(context, time, logger);
        var sites = o.Sites.Select(s => (Site: s, Visibility: Visibility.Organization))
            .Concat(o.StorePrivateItems ? o.RestrictedSites.Select(s => (Site: s, Visibility: Visibility.Private)) : []);
        foreach (var (site, visibility) in sites)
        {
            List<Drive> libraries = [];
            await sources.RunAsync($"site|{site}", $"site {site}", async ct =>
            {
                var drives = await graph.Client.Sites[site].Drives.GetAsync(r => r.QueryParameters.Select = ["id", "name", "driveType", "webUrl"], ct);
                libraries = [.. (drives?.Value ?? []).Where(d => d.Id is not null && d.DriveType is null or "documentLibrary")];
            }, cancellationToken);
            foreach (var drive in libraries)
            {
                var name = $"site:{SiteName(site, drive.WebUrl)}/{drive.Name}";
                await sources.RunAsync(DocumentSync.SourceOf(drive.Id!), name, ct => documents.RunAsync(drive.Id!, name, visibility, ct), cancellationToken);
            }
        }
    }

    /// <summary>"engineering" for a library at https://contoso.sharepoint.com/sites/engineering/..., else the configured site id.</summary>
    private static string SiteName(string site, string? libraryUrl)
    {
        var segments = Uri.TryCreate(libraryUrl, UriKind.Absolute, out var url) ? url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) : [];
        return segments.Length >= 2 && segments[0] is "sites" or "teams" ? Uri.UnescapeDataString(segments[1]) : site;
    }

    [LoggerMessage(EventId = EventIds.Graph.NoSources, Level = LogLevel.Warning, Message = "Graph sync of {TenantId}: no team or site is listed (Graph:Teams, Graph:Sites), so only people and their profiles are synced")]
    private static partial void LogNoSources(ILogger logger, string tenantId);

    [LoggerMessage(EventId = EventIds.Graph.SyncCompleted, Level = LogLevel.Information, Message = "Graph sync of {TenantId} done: {People} people, {Items} items ({Stored} stored, {Removed} removed, {Skipped} skipped); {Failing} source(s) failing")]
    private static partial void LogCompleted(ILogger logger, string tenantId, int people, int items, int stored, int removed, int skipped, int failing);

    [LoggerMessage(EventId = EventIds.Graph.ContentPostponed, Level = LogLevel.Warning, Message = "Graph sync of {TenantId}: people could not be synced, so teams and sites wait for the next run")]
    private static partial void LogContentPostponed(ILogger logger, string tenantId);
}
