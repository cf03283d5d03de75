using ExpertBot.Expertise;
using ExpertBot.Hosting;
using Microsoft.Graph.Models;

namespace ExpertBot.Graph;

/// <summary>
/// The teams part of a sync: the listed teams (Graph:Teams; none listed, none read: sources are opt-in); for each, its
/// standard channels' messages and its document library, each one a source of its own. A team is a source too (its
/// lookup and channel list): a deleted team answers 404 there and its channels and library are not tried.
/// </summary>
internal sealed partial class TeamSources(SyncContext context, SyncSources sources, TimeProvider time, ILogger logger)
{
    private static readonly string[] TeamFields = ["id", "displayName", "visibility"];

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var documents = new DocumentSync(context, time, logger);
        var channels = new ChannelSync(context, time, logger);
        foreach (var id in context.Options.Teams)
        {
            Team? team = null;
            var readable = false;
            List<Channel> standard = [];
            var teamSource = $"team|{id}";
            var read = await sources.RunAsync(teamSource, $"team {id}", async ct =>
            {
                // The team's own record says whether it is public (GET /teams may leave visibility out).
                team = await context.Client.Teams[id].GetAsync(r => r.QueryParameters.Select = TeamFields, ct);
                readable = team is not null && IsRead(team);
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

    /// <summary>Private teams' content would not be stored: it is not read at all.</summary>
    private bool IsRead(Team team)
    {
        if (VisibilityOf(team) == Visibility.Private && !context.Options.StorePrivateItems)
        {
            LogSkipped(logger, team.Id ?? "?");
            return false;
        }

        return true;
    }

    [LoggerMessage(EventId = EventIds.Graph.TeamSkipped, Level = LogLevel.Debug, Message = "Team {TeamId} is private and Graph:StorePrivateItems is off: not read")]
    private static partial void LogSkipped(ILogger logger, string teamId);
}
