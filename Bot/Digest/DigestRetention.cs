using Microsoft.Extensions.Options;
using ExpertBot.Hosting;

namespace ExpertBot.Digest;

/// <summary>
/// Keeps the digest's tables from growing for ever: after each weekly run, delivery records older than
/// KeepDeliveriesWeeks and charts older than KeepChartsWeeks are deleted. A failure is logged and tried again
/// after the next run; it never stops a digest.
/// </summary>
internal sealed partial class DigestRetention(
    DeliveryStore deliveries,
    ChartStore charts,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestRetention> logger)
{
    /// <summary>Deletes what the run of the given week no longer needs; returns how many records and charts.</summary>
    public async Task<(int Deliveries, int Charts)> PurgeAsync(DateOnly week, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        try
        {
            var deliveryCount = await deliveries.PurgeWeeksBeforeAsync(week.AddDays(-7 * o.KeepDeliveriesWeeks), cancellationToken);
            var chartCount = await charts.PurgeSavedBeforeAsync(time.GetUtcNow().AddDays(-7 * o.KeepChartsWeeks), cancellationToken);
            if (deliveryCount + chartCount > 0)
            {
                LogPurged(logger, deliveryCount, o.KeepDeliveriesWeeks, chartCount, o.KeepChartsWeeks);
            }

            return (deliveryCount, chartCount);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or IOException)
        {
            LogFailed(logger, ex.GetType().Name);
            return (0, 0);
        }
    }

    [LoggerMessage(EventId = EventIds.Digest.RetentionPurged, Level = LogLevel.Information, Message = "Digest retention: deleted {Deliveries} delivery records older than {DeliveryWeeks} weeks and {Charts} charts older than {ChartWeeks} weeks")]
    private static partial void LogPurged(ILogger logger, int deliveries, int deliveryWeeks, int charts, int chartWeeks);

    [LoggerMessage(EventId = EventIds.Digest.RetentionFailed, Level = LogLevel.Warning, Message = "Digest retention failed ({Error}); it is tried again after the next run")]
    private static partial void LogFailed(ILogger logger, string error);
}
