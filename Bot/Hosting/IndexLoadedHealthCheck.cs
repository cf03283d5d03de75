using ExpertBot.Expertise;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExpertBot.Hosting;

/// <summary>Ready once an evidence index is published (the snapshot loaded or the Graph sync's first result); until then every question gets "not ready".</summary>
internal sealed class IndexLoadedHealthCheck(ExpertiseCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalog.HasAnyIndex
            ? HealthCheckResult.Healthy("an evidence index is loaded")
            : HealthCheckResult.Unhealthy("no evidence index is loaded yet"));
}
