using Azure;
using Azure.Identity;
using ExpertBot.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ExpertBot.Storage;

/// <summary>
/// Ready while Table Storage answers a read within a few seconds. One check answers every probe for a few
/// seconds (and concurrent probes share the one in flight), so probes from several sources never hammer storage.
/// </summary>
internal sealed partial class TableStorageHealthCheck(
    TableClients tables,
    IOptions<HealthOptions> options,
    TimeProvider time,
    ILogger<TableStorageHealthCheck> logger) : IHealthCheck
{
    private readonly Lock gate = new();
    private (DateTimeOffset StartedAt, Task<HealthCheckResult> Result)? last;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Task<HealthCheckResult> result;
        lock (gate)
        {
            var now = time.GetUtcNow();
            var cache = TimeSpan.FromSeconds(options.Value.StorageCacheSeconds);
            if (last is not { } previous || (previous.Result.IsCompleted && now - previous.StartedAt >= cache))
            {
                last = previous = (now, ProbeAsync());
            }

            result = previous.Result;
        }

        return result.WaitAsync(cancellationToken);
    }

    // Not bound to one caller's token: the result is shared by every probe that arrives meanwhile.
    private async Task<HealthCheckResult> ProbeAsync()
    {
        var timeout = TimeSpan.FromSeconds(options.Value.StorageTimeoutSeconds);
        using var limit = new CancellationTokenSource(timeout, time);
        try
        {
            await tables.PingAsync(limit.Token);
            return HealthCheckResult.Healthy("Table Storage answers");
        }
        catch (OperationCanceledException)
        {
            LogUnreachable(logger, "no answer", (long)timeout.TotalMilliseconds);
            return HealthCheckResult.Unhealthy($"Table Storage did not answer within {timeout.TotalSeconds} s");
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or AuthenticationFailedException or HttpRequestException or IOException)
        {
            // The exception type and status only: messages may quote request URLs and headers.
            var reason = ex is RequestFailedException failed ? $"{ex.GetType().Name} {failed.Status} {failed.ErrorCode}" : ex.GetType().Name;
            LogUnreachable(logger, reason, (long)timeout.TotalMilliseconds);
            return HealthCheckResult.Unhealthy($"Table Storage failed: {reason}");
        }
    }

    [LoggerMessage(EventId = EventIds.Hosting.StorageNotReady, Level = LogLevel.Warning, Message = "Readiness: Table Storage is unreachable ({Reason}; timeout {TimeoutMs} ms)")]
    private static partial void LogUnreachable(ILogger logger, string reason, long timeoutMs);
}
