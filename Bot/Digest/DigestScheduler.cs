using Cronos;
using ExpertBot.Storage;
using Microsoft.Extensions.Options;

namespace ExpertBot.Digest;

/// <summary>
/// Sends the weekly digest at the configured day, hour and time zone. Of several instances, the one holding
/// the "digest" lease sends; the others wait for the next occurrence. A week not finished (a crash, a
/// restart, subscribers whose send failed) is resumed on start and retried every few minutes, for
/// <see cref="DigestOptions.CatchUpHours"/>; the delivery records make every pass safe to repeat.
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
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMinutes(5);
    private readonly string owner = $"{Environment.MachineName}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        var schedule = CronExpression.Parse(o.Cron());
        var zone = o.Zone();
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (Latest(schedule, zone, now) is { } due && now - due < TimeSpan.FromHours(o.CatchUpHours))
            {
                var finished = await TryRunAsync(WeekEnding(due, zone), stoppingToken);
                if (!finished)
                {
                    await Task.Delay(RetryEvery, time, stoppingToken);
                    continue;
                }
            }

            var next = schedule.GetNextOccurrence(time.GetUtcNow(), zone) ?? time.GetUtcNow().AddDays(7);
            LogNext(logger, next);
            await Task.Delay(Max(next - time.GetUtcNow(), TimeSpan.Zero), time, stoppingToken);
            await TryRunAsync(WeekEnding(next, zone), stoppingToken);
        }
    }

    /// <summary>True when the week needs nothing more from this instance (sent, or another instance holds the lease).</summary>
    private async Task<bool> TryRunAsync(DateOnly week, CancellationToken cancellationToken)
    {
        try
        {
            if (!await leases.TryAcquireAsync(LeaseStore.AllTenants, LeaseName, owner, TimeSpan.FromMinutes(options.Value.ClaimMinutes + 5), cancellationToken))
            {
                return true;
            }

            try
            {
                var summary = await sender.RunAsync(week, cancellationToken: cancellationToken);
                await retention.PurgeAsync(week, cancellationToken);
                return summary.Pending == 0;
            }
            finally
            {
                await leases.ReleaseAsync(LeaseStore.AllTenants, LeaseName, owner, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or IOException)
        {
            LogFailed(logger, week, ex.GetType().Name);
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

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Next weekly digest at {Next}")]
    private static partial void LogNext(ILogger logger, DateTimeOffset next);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "The digest for the week ending {Week} failed ({Error}); retrying in a few minutes")]
    private static partial void LogFailed(ILogger logger, DateOnly week, string error);
}
