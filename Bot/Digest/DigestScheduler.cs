using Cronos;
using ExpertBot.Storage;
using Microsoft.Extensions.Options;
using ExpertBot.Hosting;

namespace ExpertBot.Digest;

/// <summary>
/// Sends the weekly digest at the configured day, hour and time zone. Of several instances, the one holding
/// the "digest" lease sends, renewing it while it does (a run may take longer than any fixed term) and stopping
/// as soon as it is lost. The others do not take the week for done: every <see cref="DigestOptions.RetryMinutes"/>
/// they try again, so when the holder dies its lease expires (<see cref="DigestOptions.LeaseMinutes"/>) and one of
/// them finishes the week. A week is finished only when every tenant's is recorded complete (every subscriber's
/// delivery settled); until then, and for <see cref="DigestOptions.CatchUpHours"/>, it is resumed on start and retried.
/// </summary>
internal sealed partial class DigestScheduler(
    DigestSender sender,
    DigestRetention retention,
    LeaseStore leases,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    private const string LeaseName = "digest";
    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        var schedule = CronExpression.Parse(o.Cron());
        var zone = o.Zone();
        DateOnly? finished = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (Latest(schedule, zone, now) is { } due && now - due < TimeSpan.FromHours(o.CatchUpHours) && WeekEnding(due, zone) is var week && week != finished)
            {
                if (!await TryFinishAsync(week, stoppingToken))
                {
                    await Task.Delay(TimeSpan.FromMinutes(o.RetryMinutes), time, stoppingToken);
                    continue;
                }

                finished = week;
            }

            var next = schedule.GetNextOccurrence(now, zone) ?? now.AddDays(7);
            LogNext(logger, next);
            await Task.Delay(Max(next - time.GetUtcNow(), TimeSpan.Zero), time, stoppingToken);
        }
    }

    /// <summary>True when every tenant's week is recorded complete; false while anything is left (or another instance holds the lease).</summary>
    private async Task<bool> TryFinishAsync(DateOnly week, CancellationToken cancellationToken)
    {
        try
        {
            await using var lease = await leases.TryHoldAsync(LeaseStore.AllTenants, LeaseName, owner, TimeSpan.FromMinutes(options.Value.LeaseMinutes), cancellationToken);
            if (lease is null)
            {
                LogLeaseHeld(logger, week);
                return false;
            }

            using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
            try
            {
                var summary = await sender.RunAsync(week, running.Token);
                await retention.PurgeAsync(week, running.Token);
                if (summary.Pending > 0)
                {
                    LogPending(logger, week, summary.Pending);
                    return false;
                }

                LogFinished(logger, week);
                return true;
            }
            catch (OperationCanceledException) when (lease.IsLost && !cancellationToken.IsCancellationRequested)
            {
                // Another instance took the lease over (this one stalled past its term): it carries on from the records.
                LogLeaseLost(logger, week);
                return false;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever failed (storage, a tenant's evidence), the week is not finished: try again later rather than stop the host.
            LogFailed(logger, week, ex.GetType().Name, ex);
            return false;
        }
    }

    /// <summary>The most recent occurrence at or before now (Cronos only looks forward).</summary>
    internal static DateTimeOffset? Latest(CronExpression schedule, TimeZoneInfo zone, DateTimeOffset now)
    {
        DateTimeOffset? latest = null;
        for (var t = schedule.GetNextOccurrence(now.AddDays(-8), zone); t is { } found && found <= now; t = schedule.GetNextOccurrence(found, zone))
        {
            latest = found;
        }

        return latest;
    }

    /// <summary>The digest sent on a morning covers the weeks up to the day before, in the schedule's time zone.</summary>
    internal static DateOnly WeekEnding(DateTimeOffset occurrence, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(occurrence, zone).Date).AddDays(-1);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(EventId = EventIds.Digest.NextRun, Level = LogLevel.Information, Message = "Next weekly digest at {Next}")]
    private static partial void LogNext(ILogger logger, DateTimeOffset next);

    [LoggerMessage(EventId = EventIds.Digest.ScheduleFailed, Level = LogLevel.Warning, Message = "The digest for the week ending {Week} failed ({Error}); retrying in a few minutes")]
    private static partial void LogFailed(ILogger logger, DateOnly week, string error, Exception exception);

    [LoggerMessage(EventId = EventIds.Digest.LeaseHeldElsewhere, Level = LogLevel.Debug, Message = "Another instance holds the digest lease; the week ending {Week} is retried in a few minutes")]
    private static partial void LogLeaseHeld(ILogger logger, DateOnly week);

    [LoggerMessage(EventId = EventIds.Digest.LeaseLost, Level = LogLevel.Warning, Message = "The digest lease was lost while sending the week ending {Week}; stopped sending")]
    private static partial void LogLeaseLost(ILogger logger, DateOnly week);

    [LoggerMessage(EventId = EventIds.Digest.WeekIncomplete, Level = LogLevel.Information, Message = "The digest for the week ending {Week} has {Pending} deliveries pending; retrying in a few minutes")]
    private static partial void LogPending(ILogger logger, DateOnly week, int pending);

    [LoggerMessage(EventId = EventIds.Digest.WeekComplete, Level = LogLevel.Information, Message = "The digest for the week ending {Week} is complete")]
    private static partial void LogFinished(ILogger logger, DateOnly week);
}
