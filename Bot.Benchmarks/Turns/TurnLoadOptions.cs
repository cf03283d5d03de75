namespace ExpertBot.Benchmarks.Turns;

/// <summary>
/// --measure-turns [--rate 100] [--seconds 60] [--outage-seconds 30] [--outage-rate 1] [--retry-after 1]:
/// the scale of the load test. The targets are issue #13's and do not change with the scale.
/// </summary>
internal sealed record TurnLoadOptions
{
    /// <summary>Activities per second in the steady phase.</summary>
    public int Rate { get; init; } = 100;

    public int Seconds { get; init; } = 60;

    /// <summary>How long the connector answers 503; 0 skips the outage phase.</summary>
    public int OutageSeconds { get; init; } = 30;

    /// <summary>Activities per second while the connector is down, one per conversation in a ring of <see cref="OutageConversations"/>.</summary>
    public double OutageRate { get; init; } = 1;

    public int OutageConversations { get; init; } = 30;

    /// <summary>The Retry-After the connector sends with its 503s, in seconds; null sends none.</summary>
    public string? RetryAfter { get; init; } = "1";

    /// <summary>Seconds at the steady rate before measuring (JIT, connection pools, caches), not counted.</summary>
    public int WarmUpSeconds { get; init; } = 3;

    /// <summary>A reply that has not arrived this long after the steady phase's last activity is lost.</summary>
    public static TimeSpan LostAfter { get; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// After the outage, waiting for replies stops when all arrived, or when nothing reached the connector for
    /// this long (longer than the bot's longest wait between retries, 30 s), or at <see cref="DrainLimit"/>.
    /// </summary>
    public static TimeSpan DrainQuiet { get; } = TimeSpan.FromSeconds(35);

    public static TimeSpan DrainLimit { get; } = TimeSpan.FromMinutes(4);

    public const double ReplyP99TargetMs = 100;
    public const double OutageInboundTargetMs = 2_000;

    public bool IsFullScale => Rate >= 100 && Seconds >= 60 && OutageSeconds >= 30;

    public string Describe() =>
        $"{Rate}/s for {Seconds} s (after {WarmUpSeconds} s of warm-up); then the connector answers 503"
        + (RetryAfter is null ? " without Retry-After" : $" with Retry-After: {RetryAfter}")
        + $" for {OutageSeconds} s while {OutageRate:0.##}/s arrive over {OutageConversations} conversations";
}
