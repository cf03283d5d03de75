using ExpertBot.Expertise;
using ExpertBot.Hosting;
using Microsoft.Extensions.Options;

namespace ExpertBot.Graph;

/// <summary>
/// Keeps every instance ranking from the same synced evidence. Every RefreshSeconds: when a sync is due (on start if the
/// last run of any instance is older than SyncIntervalMinutes, then every SyncIntervalMinutes) and this instance wins the lease, it syncs, writes the evidence to the shared
/// store and bumps the published version; otherwise, when the version moved, it reloads the stored evidence.
/// Either way it publishes a new index atomically, so questions are answered from the previous one meanwhile.
/// </summary>
internal sealed partial class GraphSyncService(
    GraphSynchronizer synchronizer,
    SyncLease lease,
    SyncCheckpointStore checkpoints,
    ExpertiseCatalog catalog,
    IOptions<GraphOptions> options,
    TimeProvider time,
    ILogger<GraphSyncService> logger) : BackgroundService
{
    private const string RunSource = "~run";
    private TenantEvidence? state;
    private string? loadedVersion;

    internal enum Outcome
    {
        Idle,
        Synced,
        Refreshed,
    }

    private string TenantId => options.Value.TenantId!;

    private TimeSpan LeaseDuration => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured)
        {
            LogNotConfigured(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The next tick resumes from the last checkpoint.
                LogFailed(logger, ex);
            }

            await Task.Delay(TimeSpan.FromSeconds(options.Value.RefreshSeconds), time, stoppingToken);
        }
    }

    /// <summary>One beat of the loop: sync if due and the lease is ours, else pick up what the holder stored.</summary>
    public async Task<Outcome> TickAsync(CancellationToken cancellationToken = default)
    {
        var last = await checkpoints.GetAsync(TenantId, RunSource, cancellationToken);
        // Due by the last run of any instance, so a restart or a second instance does not sync again right away.
        var due = last.CompletedAt is not { } at || time.GetUtcNow() - at >= TimeSpan.FromMinutes(options.Value.SyncIntervalMinutes);
        if (due && await TrySyncAsync(null, cancellationToken) is not null)
        {
            return Outcome.Synced;
        }

        var version = await checkpoints.GetPublishedVersionAsync(TenantId, cancellationToken);
        if (state is not null && version == loadedVersion)
        {
            return Outcome.Idle;
        }

        await LoadAsync(version, cancellationToken);
        return Outcome.Refreshed;
    }

    /// <summary>One incremental sync under the lease; null when another instance holds it.</summary>
    public async Task<SyncReport?> TrySyncAsync(IProgress<SyncProgress>? progress, CancellationToken cancellationToken = default)
    {
        if (!await lease.TryAcquireAsync(TenantId, LeaseDuration, cancellationToken))
        {
            LogLeaseHeld(logger, TenantId);
            return null;
        }

        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewAsync(running);
        try
        {
            var version = await checkpoints.GetPublishedVersionAsync(TenantId, running.Token);
            if (state is null || version != loadedVersion)
            {
                await LoadAsync(version, running.Token);
            }

            var report = await synchronizer.RunAsync(state!, progress, running.Token);
            await PublishAsync(state!);
            loadedVersion = Guid.NewGuid().ToString("N");
            await checkpoints.SetPublishedVersionAsync(TenantId, loadedVersion, running.Token);
            await checkpoints.SaveAsync(TenantId, new SyncCheckpoint(RunSource, CompletedAt: time.GetUtcNow()), running.Token);
            return report;
        }
        finally
        {
            await running.CancelAsync();
            await renewing;
            await lease.ReleaseAsync(TenantId, CancellationToken.None);
        }
    }

    private async Task LoadAsync(string? version, CancellationToken cancellationToken)
    {
        state = await synchronizer.LoadAsync(cancellationToken);
        loadedVersion = version;
        await PublishAsync(state);
    }

    private async Task PublishAsync(TenantEvidence evidence)
    {
        if (evidence.PeopleCount == 0)
        {
            return;
        }

        var organisation = evidence.ToOrganisation();
        var index = await Task.Run(() => ExpertIndex.Build(organisation));
        catalog.Publish(TenantId, index, organisation);
        LogPublished(logger, TenantId, index.PeopleCount, index.ItemCount);
    }

    /// <summary>Renews the lease at a third of its life; if it was lost, the sync stops (another instance took over).</summary>
    private async Task RenewAsync(CancellationTokenSource running)
    {
        try
        {
            while (!running.IsCancellationRequested)
            {
                await Task.Delay(LeaseDuration / 3, time, running.Token);
                if (!await lease.RenewAsync(TenantId, LeaseDuration, running.Token))
                {
                    LogLeaseLost(logger, TenantId);
                    await running.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The sync ended.
        }
    }

    [LoggerMessage(EventId = EventIds.Graph.NotConfigured, Level = LogLevel.Information, Message = "Graph is not configured (Graph:TenantId, Graph:ClientId); evidence comes from the snapshot only")]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(EventId = EventIds.Graph.SyncFailed, Level = LogLevel.Error, Message = "Graph sync failed; it resumes from its checkpoint next time")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = EventIds.Graph.LeaseHeld, Level = LogLevel.Debug, Message = "Another instance holds the sync lease of {TenantId}")]
    private static partial void LogLeaseHeld(ILogger logger, string tenantId);

    [LoggerMessage(EventId = EventIds.Graph.LeaseLost, Level = LogLevel.Warning, Message = "The sync lease of {TenantId} was lost; stopping this sync")]
    private static partial void LogLeaseLost(ILogger logger, string tenantId);

    [LoggerMessage(EventId = EventIds.Graph.IndexPublished, Level = LogLevel.Information, Message = "Published the Graph index of {TenantId}: {People} people, {Items} items")]
    private static partial void LogPublished(ILogger logger, string tenantId, int people, int items);
}
