using ExpertBot.Hosting;
using ExpertBot.Storage;
using Microsoft.Extensions.Options;

namespace ExpertBot.Routing;

/// <summary>
/// Moves routed questions on when nobody acts: every <see cref="RoutingOptions.ScanSeconds"/> the instance holding
/// the "routing" lease reads the timers that are due (answer windows, thanks follow-ups, purges) and handles them.
/// Time comes from <see cref="TimeProvider"/>, so tests move a day forward without waiting one. The next scan is
/// counted from the start of the last, so a clock that jumped past it scans again at once.
/// </summary>
internal sealed partial class RoutingScheduler(
    QuestionStore questions,
    QuestionRouter router,
    LeaseStore leases,
    TimeProvider time,
    IOptions<RoutingOptions> options,
    ILogger<RoutingScheduler> logger) : BackgroundService
{
    private const string LeaseName = "routing";
    private const int TimersPerScan = 500;
    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(o.ScanSeconds);
        var next = time.GetUtcNow() + interval;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stoppingToken);
            }

            next = time.GetUtcNow() + interval;
            await ScanAsync(stoppingToken);
        }
    }

    /// <summary>One pass over the due timers; returns how many were handled (0 when another instance holds the lease).</summary>
    internal async Task<int> ScanAsync(CancellationToken cancellationToken = default)
    {
        var handled = 0;
        try
        {
            await using var lease = await leases.TryHoldAsync(LeaseStore.AllTenants, LeaseName, owner, TimeSpan.FromMinutes(options.Value.LeaseMinutes), cancellationToken);
            if (lease is null)
            {
                return 0;
            }

            using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
            foreach (var timer in await questions.DueAsync(time.GetUtcNow(), TimersPerScan, running.Token))
            {
                try
                {
                    await router.HandleDueAsync(timer, running.Token);
                    handled++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One question failing (storage hiccup) must not hold up the others: its timer stays and is retried.
                    LogDueFailed(logger, timer.TenantId, timer.Kind, ex.GetType().Name);
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogScanFailed(logger, ex.GetType().Name);
        }

        return handled;
    }

    [LoggerMessage(EventId = EventIds.Routing.DueFailed, Level = LogLevel.Warning, Message = "A {Kind} timer of tenant {TenantId} failed ({Error}); retried on the next scan")]
    private static partial void LogDueFailed(ILogger logger, string tenantId, DueKind kind, string error);

    [LoggerMessage(EventId = EventIds.Routing.ScanFailed, Level = LogLevel.Warning, Message = "The routing scan failed ({Error}); retried on the next scan")]
    private static partial void LogScanFailed(ILogger logger, string error);
}
