using ExpertBot.Expertise;
using ExpertBot.Hosting;
using ExpertBot.Privacy;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;

namespace ExpertBot.Graph;

/// <summary>
/// One incremental sync of the configured tenant: people first (evidence is only kept for known people), then the
/// standard channels and libraries of the listed teams, then the listed sites' libraries (nothing listed, none read). Every page is stored
/// and checkpointed before the next is read, so an interrupted run resumes where it stopped.
/// </summary>
internal sealed partial class GraphSynchronizer(
    GraphConnection graph,
    GraphEvidenceStore store,
    SyncCheckpointStore checkpoints,
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
        var context = new SyncContext(TenantId, o, graph.Client, graph.BaseUrl, state, forgotten, store, checkpoints, progress);
        foreach (var id in forgotten.Where(id => state.FindPerson(id) is not null))
        {
            // Forgotten since the last run ("forget me" erased the store, or a sync running meanwhile stored
            // something again): erased here once more, from the store and from memory.
            await context.RemovePersonAsync(id, cancellationToken);
        }

        await new PeopleSync(context, time, logger).RunAsync(cancellationToken);
        if (!o.HasSources)
        {
            // Sources are opt-in: an admin lists the teams and sites whose content may be read (README, "Choose the sources").
            LogNoSources(logger, TenantId);
        }

        var documents = new DocumentSync(context, time, logger);
        var channels = new ChannelSync(context, time, logger);
        foreach (var team in await TeamsAsync(cancellationToken))
        {
            var visibility = team.Visibility == TeamVisibilityType.Public ? Visibility.Organization : Visibility.Private;
            if (visibility == Visibility.Private && !o.StorePrivateItems)
            {
                // Private teams' content would not be stored: it is not read at all.
                continue;
            }

            var teamName = team.DisplayName ?? team.Id!;
            var list = await graph.Client.Teams[team.Id].Channels.GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "membershipType"], cancellationToken);
            // Only standard channels: private and shared channels are never read.
            foreach (var channel in (list?.Value ?? []).Where(c => c.Id is not null && c.MembershipType is null or ChannelMembershipType.Standard))
            {
                await channels.RunAsync(team.Id!, channel.Id!, $"team:{teamName}/{channel.DisplayName}", visibility, cancellationToken);
            }

            var drive = await graph.Client.Groups[team.Id].Drive.GetAsync(r => r.QueryParameters.Select = ["id", "name"], cancellationToken);
            if (drive?.Id is { } driveId)
            {
                await documents.RunAsync(driveId, $"team:{teamName}/{drive.Name}", visibility, cancellationToken);
            }
        }

        var sites = o.Sites.Select(s => (Site: s, Visibility: Visibility.Organization))
            .Concat(o.StorePrivateItems ? o.RestrictedSites.Select(s => (Site: s, Visibility: Visibility.Private)) : []);
        foreach (var (site, visibility) in sites)
        {
            var drives = await graph.Client.Sites[site].Drives.GetAsync(r => r.QueryParameters.Select = ["id", "name", "driveType", "webUrl"], cancellationToken);
            foreach (var drive in (drives?.Value ?? []).Where(d => d.Id is not null && d.DriveType is null or "documentLibrary"))
            {
                await documents.RunAsync(drive.Id!, $"site:{SiteName(site, drive.WebUrl)}/{drive.Name}", visibility, cancellationToken);
            }
        }

        var report = context.ToReport();
        LogCompleted(logger, TenantId, report.People, report.Items, report.ItemsStored, report.ItemsRemoved, report.Skipped);
        return report;
    }

    /// <summary>"engineering" for a library at https://contoso.sharepoint.com/sites/engineering/..., else the configured site id.</summary>
    private static string SiteName(string site, string? libraryUrl)
    {
        var segments = Uri.TryCreate(libraryUrl, UriKind.Absolute, out var url) ? url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) : [];
        return segments.Length >= 2 && segments[0] is "sites" or "teams" ? Uri.UnescapeDataString(segments[1]) : site;
    }

    /// <summary>The listed teams (none listed, none read): GET /teams/{id} says whether each is public.</summary>
    private async Task<IReadOnlyList<Team>> TeamsAsync(CancellationToken cancellationToken)
    {
        string[] select = ["id", "displayName", "visibility"];
        var listed = new List<Team>();
        foreach (var id in options.Value.Teams)
        {
            if (await graph.Client.Teams[id].GetAsync(r => r.QueryParameters.Select = select, cancellationToken) is { Id: not null } team)
            {
                listed.Add(team);
            }
        }

        return listed;
    }

    [LoggerMessage(EventId = EventIds.Graph.NoSources, Level = LogLevel.Warning, Message = "Graph sync of {TenantId}: no team or site is listed (Graph:Teams, Graph:Sites), so only people and their profiles are synced")]
    private static partial void LogNoSources(ILogger logger, string tenantId);

    [LoggerMessage(EventId = EventIds.Graph.SyncCompleted, Level = LogLevel.Information, Message = "Graph sync of {TenantId} done: {People} people, {Items} items ({Stored} stored, {Removed} removed, {Skipped} skipped)")]
    private static partial void LogCompleted(ILogger logger, string tenantId, int people, int items, int stored, int removed, int skipped);
}
