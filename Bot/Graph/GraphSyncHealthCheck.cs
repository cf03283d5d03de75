using Azure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ExpertBot.Graph;

/// <summary>
/// The Graph sync in the readiness details: Degraded (still HTTP 200: the bot answers from what was synced) while some
/// sources fail, naming how many and with which status codes, never which team or site (the endpoint is public).
/// The status table is read at most once per RefreshSeconds, whatever the number of probes.
/// </summary>
internal sealed class GraphSyncHealthCheck(SyncStatusStore statuses, IOptions<GraphOptions> options, TimeProvider time) : IHealthCheck
{
    private readonly Lock gate = new();
    private (DateTimeOffset At, Task<HealthCheckResult> Result)? last;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        if (!o.IsConfigured)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Graph sync is off"));
        }

        Task<HealthCheckResult> result;
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (last is not { } previous || (previous.Result.IsCompleted && now - previous.At >= TimeSpan.FromSeconds(o.RefreshSeconds)))
            {
                last = previous = (now, ReadAsync(o.TenantId!));
            }

            result = previous.Result;
        }

        return result.WaitAsync(cancellationToken);
    }

    // Not bound to one caller's token: the result is shared by every probe that arrives meanwhile.
    private async Task<HealthCheckResult> ReadAsync(string tenantId)
    {
        try
        {
            var all = await statuses.LoadAsync(tenantId);
            var failing = all.Where(s => s.Failing).ToList();
            if (all.Count == 0)
            {
                return HealthCheckResult.Healthy("no Graph sync has run yet");
            }

            if (failing.Count == 0)
            {
                return HealthCheckResult.Healthy($"{all.Count} Graph sources synced");
            }

            var reasons = string.Join(", ", failing.GroupBy(s => s.LastError?.Split(':')[0] ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}"));
            return HealthCheckResult.Degraded($"{failing.Count} of {all.Count} Graph sources failing ({reasons}); `sync --status` names them");
        }
        catch (RequestFailedException ex)
        {
            return HealthCheckResult.Degraded($"the Graph sync status could not be read ({ex.Status})");
        }
    }
}
