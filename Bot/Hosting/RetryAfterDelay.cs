using Polly.Retry;

namespace ExpertBot.Hosting;

/// <summary>
/// How long to wait when a service says Retry-After (the Bot Connector, Graph): what it asked, as a floor. Timers
/// may fire a millisecond or so early, so a small margin is added; without the header, the retry strategy's own
/// back-off applies.
/// </summary>
internal static class RetryAfterDelay
{
    public static readonly TimeSpan TimerMargin = TimeSpan.FromMilliseconds(50);

    /// <summary>A delay generator for a Polly retry strategy; <paramref name="cap"/> bounds what a server may ask.</summary>
    public static Func<RetryDelayGeneratorArguments<HttpResponseMessage>, ValueTask<TimeSpan?>> Generator(TimeSpan cap, TimeProvider time) =>
        args => ValueTask.FromResult(Of(args.Outcome.Result, time.GetUtcNow()) is { } asked
            ? (TimeSpan?)((asked < cap ? asked : cap) + TimerMargin)
            : null);

    /// <summary>Retry-After in seconds or as a date; null when absent or already past.</summary>
    public static TimeSpan? Of(HttpResponseMessage? response, DateTimeOffset now) =>
        response?.Headers.RetryAfter switch
        {
            { Delta: { } delta } when delta > TimeSpan.Zero => delta,
            { Date: { } date } when date > now => date - now,
            _ => null,
        };
}
