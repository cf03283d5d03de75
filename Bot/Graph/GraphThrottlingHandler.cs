using System.Collections.Concurrent;
using System.Net;

namespace ExpertBot.Graph;

/// <summary>
/// Politeness towards Graph, in place of the SDK's retry handler: at most N requests in flight per resource
/// (users, drives, teams, $batch...), and on 429, 503 or 504 a wait of at least Retry-After — never less —
/// or an exponential back-off with jitter when the header is missing. The jitter is only ever added.
/// </summary>
internal sealed partial class GraphThrottlingHandler(
    int maxConcurrencyPerResource,
    int maxRetries,
    TimeProvider time,
    ILogger logger) : DelegatingHandler
{
    private static readonly TimeSpan BaseBackOff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var resource = ResourceOf(request.RequestUri);
        var gate = gates.GetOrAdd(resource, _ => new SemaphoreSlim(maxConcurrencyPerResource, maxConcurrencyPerResource));
        if (request.Content is not null)
        {
            // Buffered so that a retried $batch sends the same body again.
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            await gate.WaitAsync(cancellationToken);
            try
            {
                response = await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                gate.Release();
            }

            if (!IsTransient(response.StatusCode) || attempt >= maxRetries)
            {
                return response;
            }

            var wait = WaitBefore(attempt + 1, RetryAfter(response.Headers.RetryAfter, time.GetUtcNow()));
            LogThrottled(logger, resource, (int)response.StatusCode, (long)wait.TotalMilliseconds, attempt + 1);
            response.Dispose();
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Retry-After in seconds or as a date; null when absent.</summary>
    public static TimeSpan? RetryAfter(System.Net.Http.Headers.RetryConditionHeaderValue? header, DateTimeOffset now) =>
        header?.Delta ?? (header?.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null);

    /// <summary>The server's Retry-After when given (plus a little jitter), else exponential back-off with jitter.</summary>
    public static TimeSpan WaitBefore(int attempt, TimeSpan? retryAfter)
    {
        var backOff = TimeSpan.FromTicks(Math.Min(MaxBackOff.Ticks, BaseBackOff.Ticks * (1L << Math.Min(attempt - 1, 10))));
        var jitter = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * 250);
        return (retryAfter ?? backOff) + jitter;
    }

    private static string ResourceOf(Uri? uri)
    {
        var segments = uri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        // /v1.0/users/... → users; a base URL with more segments (a local fake, a proxy) still ends in version/resource.
        var version = Array.FindIndex(segments, s => s is "v1.0" or "beta");
        return version >= 0 && version + 1 < segments.Length ? segments[version + 1] : segments.LastOrDefault() ?? string.Empty;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Graph {Resource} answered {Status}; waiting {WaitMs} ms before attempt {Attempt}")]
    private static partial void LogThrottled(ILogger logger, string resource, int status, long waitMs, int attempt);
}
