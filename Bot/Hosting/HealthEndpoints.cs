using System.Text.Json;
using ExpertBot.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExpertBot.Hosting;

/// <summary>
/// /health/live: the process answers (restart it if not). /health/ready: it can answer people, i.e. an evidence
/// index is loaded and Table Storage answers (send it traffic only then). /healthz is liveness, as it always was.
/// Unhealthy is 503; the body names each check and why, never a secret.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TableStorageHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<IndexLoadedHealthCheck>("index", tags: [ReadyTag])
            .AddCheck<TableStorageHealthCheck>("table-storage", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var live = new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health/live", live);
        app.MapHealthChecks("/healthz", live);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        var checks = report.Entries.ToDictionary(e => e.Key, e => new HealthEntry(e.Value.Status.ToString(), e.Value.Description));
        return JsonSerializer.SerializeAsync(context.Response.Body, new HealthAnswer(report.Status.ToString(), checks), JsonSerializerOptions.Web, context.RequestAborted);
    }

    private sealed record HealthAnswer(string Status, Dictionary<string, HealthEntry> Checks);

    private sealed record HealthEntry(string Status, string? Description);
}
