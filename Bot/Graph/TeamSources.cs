using ExpertBot.Expertise;
using ExpertBot.Hosting;
using Microsoft.Graph.Models;

namespace ExpertBot.Graph;

/// <summary>
/// The teams part of a sync: the listed teams (Graph:Teams), or with none listed every public team; for each, its
/// standard channels' messages and its document library, each one a source of its own. A team is a source too (its
/// lookup and channel list): a deleted team answers 404 there and its channels and library are not tried.
/// </summary>
internal sealed partial class TeamSources(SyncContext context, SyncSources sources, TimeProvider time, ILogger logger)
{
    private static readonly string[] TeamFields = ["id", "displayName", "visibility"];

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<(string Id, Team? Listed)> teams;
        if (context.Options.Teams.Count > 0)
        {
            teams = [.. context.Options.Teams.Select(id => (id, (Team?)null))];
        }
        else
        {
            List<Team> listed = [];
            if (!await sources.RunAsync("teams", "every public team", async ct => listed = await ListAsync(ct), cancellationToken))
            {
                return;
            }

            teams = [.. listed.Select(t => (t.Id!, (Team?)t))];
        }

        var documents = new DocumentSync(context, time, logger);
        var channels = new ChannelSync(context, time, logger);
        foreach (var (id, listed) in teams)
        {
            Team? team = null;
            var readable = false;
            List<Channel> standard = [];
            var teamSource = $"team|{id}";
            var read = await sources.RunAsync(teamSource, listed?.DisplayName is { } n ? $"team {n}" : $"team {id}", async ct =>
            {
                // GET /teams may leave visibility out: the team's own record has it. A team is never dropped for want of it.
                team = listed is { Visibility: not null } ? listed : await context.Client.Teams[id].GetAsync(r => r.QueryParameters.Select = TeamFields, ct);
                readable = team is not null && IsRead(team, listed is not null);
                if (!readable)
                {
                    return;
                }

                sources.Name(teamSource, $"team {team!.DisplayName ?? id}");
                var list = await context.Client.Teams[id].Channels.GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "membershipType"], ct);
                // Only standard channels: private and shared channels are never read.
                standard = [.. (list?.Value ?? []).Where(c => c.Id is not null && c.MembershipType is null or ChannelMembershipType.Standard)];
            }, cancellationToken);
            if (!read || !readable || team is null)
            {
                continue;
            }

            var teamName = team.DisplayName ?? id;
            var visibility = VisibilityOf(team);
            foreach (var channel in standard)
            {
                var name = $"team:{teamName}/{channel.DisplayName}";
                await sources.RunAsync(ChannelSync.SourceOf(id, channel.Id!), name, ct => channels.RunAsync(id, channel.Id!, name, visibility, ct), cancellationToken);
            }

            var driveSource = $"teamdrive|{id}";
            await sources.RunAsync(driveSource, $"team:{teamName}/Documents", async ct =>
            {
                var drive = await context.Client.Groups[id].Drive.GetAsync(r => r.QueryParameters.Select = ["id", "name"], ct);
                if (drive?.Id is { } driveId)
                {
                    var name = $"team:{teamName}/{drive.Name}";
                    sources.Name(driveSource, name);
                    await documents.RunAsync(driveId, name, visibility, ct);
                }
            }, cancellationToken);
        }
    }

    private static Visibility VisibilityOf(Team team) => team.Visibility == TeamVisibilityType.Public ? Visibility.Organization : Visibility.Private;

    /// <summary>
    /// Private teams' content would not be stored: it is not read at all. With no team listed, only public teams are
    /// read (a team whose visibility the list left out is known only now).
    /// </summary>
    private bool IsRead(Team team, bool everyPublicTeam)
    {
        if (VisibilityOf(team) == Visibility.Private && (everyPublicTeam || !context.Options.StorePrivateItems))
        {
            LogSkipped(logger, team.Id ?? "?");
            return false;
        }

        return true;
    }

    /// <summary>Every public team, and those whose visibility the list left out (resolved one by one afterwards).</summary>
    private async Task<List<Team>> ListAsync(CancellationToken cancellationToken)
    {
        var all = new List<Team>();
        var page = await context.Client.Teams.GetAsync(r => r.QueryParameters.Select = TeamFields, cancellationToken);
        while (page is not null)
        {
            all.AddRange((page.Value ?? []).Where(t => t.Id is not null && t.Visibility is null or TeamVisibilityType.Public));
            page = page.OdataNextLink is { } next ? await context.Client.Teams.WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
        }

        return all;
    }

    [LoggerMessage(EventId = EventIds.Graph.TeamSkipped, Level = LogLevel.Debug, Message = "Team {TeamId} is private and Graph:StorePrivateItems is off: not read")]
    private static partial void LogSkipped(ILogger logger, string teamId);
}
