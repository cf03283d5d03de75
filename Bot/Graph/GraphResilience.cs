using System.Net;
using System.Net.Http.Headers;
using System.Threading.RateLimiting;
using ExpertBot.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace ExpertBot.Graph;

/// <summary>
/// Politeness towards Graph and patience with it, as one Microsoft.Extensions.Http.Resilience pipeline in place of
/// the SDK's RetryHandler: an overall cap per request, then retries of 429, 503 and 504 (and of a lost connection
/// or a hung attempt) that wait at least Retry-After — never less, however long — or back off exponentially with
/// jitter when the header is missing; then at most N attempts in flight per resource (users, drives, teams,
/// $batch...); then a timeout per attempt. The attempt timeout never covers a wait between attempts, so a long
/// Retry-After cannot fail the request (the HttpClient's own timeout is off; the overall cap replaces it).
/// See https://learn.microsoft.com/graph/throttling.
/// </summary>
internal static partial class GraphResilience
{
    /// <summary>The HTTP handlers in front of the Graph SDK's own: the body buffered so a retry resends it, then the pipeline.</summary>
    public static IEnumerable<DelegatingHandler> Handlers(GraphOptions options, TimeProvider time, ILogger logger) =>
        [new BufferedContentHandler(), new ResilienceHandler(Pipeline(options, time, logger))];

    public static ResiliencePipeline<HttpResponseMessage> Pipeline(GraphOptions options, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = "graph", TimeProvider = time }
            .AddTimeout(TimeSpan.FromMinutes(options.RequestTimeoutMinutes));
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                DelayGenerator = RetryAfterDelay.Generator(TimeSpan.FromMinutes(options.RequestTimeoutMinutes), time),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                OnRetry = args =>
                {
                    var status = args.Outcome.Result is { } response ? ((int)response.StatusCode).ToString() : args.Outcome.Exception?.GetType().Name ?? "?";
                    LogRetrying(logger, ResourceOf(args.Context.GetRequestMessage()?.RequestUri), status, (long)args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 2);
                    return default;
                },
            });
        }

        var gates = PartitionedRateLimiter.Create<HttpRequestMessage, string>(request => RateLimitPartition.GetConcurrencyLimiter(
            ResourceOf(request.RequestUri),
            _ => new ConcurrencyLimiterOptions { PermitLimit = options.MaxConcurrencyPerResource, QueueLimit = int.MaxValue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst }));
        return builder
            .AddRateLimiter(new RateLimiterStrategyOptions
            {
                RateLimiter = args => args.Context.GetRequestMessage() is { } request
                    ? gates.AcquireAsync(request, 1, args.Context.CancellationToken)
                    : ValueTask.FromResult<RateLimitLease>(new GrantedLease()),
            })
            .AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds))
            .Build();
    }

    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Retry-After in seconds or as a date; null when absent.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) =>
        header?.Delta ?? (header?.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null);

    /// <summary>
    /// For the steps of a $batch: the server's Retry-After when given, as a floor (with the timers' margin, as every
    /// other request's: a fresh clone's run retried a throttled step 1.7 ms early once, when the jitter was near
    /// nothing), else exponential back-off; plus a little jitter.
    /// </summary>
    public static TimeSpan WaitBefore(int attempt, TimeSpan? retryAfter)
    {
        var backOff = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(2).Ticks, TimeSpan.TicksPerSecond * (1L << Math.Min(attempt - 1, 10))));
        var jitter = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * 250);
        return (retryAfter is { } asked ? asked + RetryAfterDelay.TimerMargin : backOff) + jitter;
    }

    // A caller's cancellation or the overall cap is not retried: the retry strategy stops on a cancelled context.
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response ? IsTransient(response.StatusCode)
        : outcome.Exception is HttpRequestException or TimeoutRejectedException;

    private static string ResourceOf(Uri? uri)
    {
        var segments = uri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        // /v1.0/users/... → users; a base URL with more segments (a local fake, a proxy) still ends in version/resource.
        var version = Array.FindIndex(segments, s => s is "v1.0" or "beta");
        return version >= 0 && version + 1 < segments.Length ? segments[version + 1] : segments.LastOrDefault() ?? string.Empty;
    }

    [LoggerMessage(EventId = EventIds.Graph.Retrying, Level = LogLevel.Warning, Message = "Graph {Resource} answered {Status}; waiting {WaitMs} ms before attempt {Attempt}")]
    private static partial void LogRetrying(ILogger logger, string resource, string status, long waitMs, int attempt);

    /// <summary>Buffers a request body once (Kiota sends $batch as a stream), so that every attempt sends the same bytes.</summary>
    private sealed class BufferedContentHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null)
            {
                await request.Content.LoadIntoBufferAsync(cancellationToken);
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class GrantedLease : RateLimitLease
    {
        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
