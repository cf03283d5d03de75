using System.Net;
using ExpertBot.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ExpertBot.Teams;

/// <summary>
/// How calls to the Bot Connector are retried: 429 and 412 (Teams' rate limits) and transient 5xx, 408 and
/// transport failures, honouring Retry-After, with jittered exponential backoff otherwise
/// (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit). Each attempt has its own timeout and
/// the whole call a cap that outlasts a connector outage of a minute or so; the HttpClient's own timeout is off,
/// so it never cuts a wait the connector asked for. Turns run off the inbound request, so waiting is affordable.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "connector";
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(3);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);
    // The time cap above is what bounds a call. The count only stops a connector that keeps answering
    // Retry-After: 0 from being hammered; with 10, Retry-After: 1 gave up after about 10 s and a 30 s outage
    // lost two replies in three (Bot.Benchmarks --measure-turns, docs/benchmarks.md "Issue #13").
    public const int MaxRetries = 60;

    /// <summary>The connector client with its retry pipeline; production and tests build it the same way.</summary>
    public static IHttpClientBuilder AddConnectorClient(this IServiceCollection services)
    {
        var builder = services.AddHttpClient<IConnectorClient, ConnectorClient>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler(PipelineName, Configure);
        return builder;
    }

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        pipeline
            .AddTimeout(TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = MaxDelay,
                DelayGenerator = RetryAfterDelay.Generator(MaxDelay, TimeProvider.System),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
                    { Result: { } response } => IsTransient(response.StatusCode),
                    _ => false,
                }),
            })
            .AddTimeout(AttemptTimeout);
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout
            || (int)status >= 500;
}
