using ExpertBot.Hosting;

namespace ExpertBot.Graph;

/// <summary>
/// Runs each source of one sync on its own, so that one failing source does not stop the others: a Graph error while
/// reading a source is recorded against it (its checkpoint stays where its last stored page left it) and the run goes on
/// with the next. A failing source is tried again later with back-off: a transient failure at the next two runs, then
/// after FailedSourceRetryMinutes doubling per failure in a row (at most a day); a permanent one (403, 404) straight
/// away with that back-off, so a channel waiting for the protected-API approval costs one request a day, not one a minute.
/// </summary>
internal sealed partial class SyncSources
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromDays(1);
    private readonly Dictionary<string, SyncSourceStatus> known;
    private readonly Dictionary<string, SyncSourceStatus> ran = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly GraphOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    public SyncSources(IEnumerable<SyncSourceStatus> statuses, GraphOptions options, TimeProvider time, ILogger logger)
    {
        known = statuses.ToDictionary(s => s.Source, StringComparer.Ordinal);
        this.options = options;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Reads one source unless it waits for its next retry; true when it was read without a Graph error.</summary>
    public async Task<bool> RunAsync(string source, string name, Func<CancellationToken, Task> read, CancellationToken cancellationToken = default)
    {
        seen.Add(source);
        names.TryAdd(source, name);
        var before = ran.GetValueOrDefault(source) ?? known.GetValueOrDefault(source);
        var now = time.GetUtcNow();
        if (before is { Failing: true, NextRetry: { } next } && next > now)
        {
            LogWaiting(logger, source, before.Failures, next);
            return false;
        }

        try
        {
            await read(cancellationToken);
            ran[source] = (before ?? new SyncSourceStatus(source, name)) with { LastAttempt = now, LastSuccess = time.GetUtcNow(), Failures = 0, NextRetry = null };
            return true;
        }
        catch (Exception ex) when (SourceError.From(ex, source, cancellationToken) is { } error)
        {
            var failures = (before?.Failures ?? 0) + 1;
            var retry = now + Backoff(error.Permanent, failures, TimeSpan.FromMinutes(options.FailedSourceRetryMinutes));
            ran[source] = (before ?? new SyncSourceStatus(source, name)) with
            {
                LastAttempt = now,
                LastFailure = now,
                LastError = error.Reason,
                Permanent = error.Permanent,
                Failures = failures,
                NextRetry = retry,
            };
            LogFailed(logger, source, error.Permanent ? "permanent" : "transient", error.Reason, failures, retry);
            return false;
        }
    }

    /// <summary>The name shown for a source once it is known (a library's name comes with its drive).</summary>
    public void Name(string source, string name) => names[source] = name;

    /// <summary>The sources met in this run that are failing, including those still waiting for their retry.</summary>
    public IReadOnlyList<SyncSourceStatus> Failing() =>
        [.. seen.Select(Current).OfType<SyncSourceStatus>().Where(s => s.Failing).OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>
    /// The statuses to store after the run (with the items each source holds now), and the rows of sources not tried for
    /// long (no longer configured, or deleted in the tenant) to delete.
    /// </summary>
    public (IReadOnlyList<SyncSourceStatus> Changed, IReadOnlyList<string> Stale) ToSave(IReadOnlyDictionary<string, int> itemsBySource, int people)
    {
        var changed = ran.Values
            .Select(s => s with
            {
                Name = names.GetValueOrDefault(s.Source, s.Name),
                Items = s.Source == PeopleSync.Source ? people : itemsBySource.TryGetValue(names.GetValueOrDefault(s.Source, s.Name), out var n) ? n : s.Items,
            })
            .ToList();
        var keep = TimeSpan.FromTicks(Math.Max(TimeSpan.FromDays(7).Ticks, 3 * TimeSpan.FromMinutes(options.SyncIntervalMinutes).Ticks));
        var stale = known.Values
            .Where(s => !ran.ContainsKey(s.Source) && !seen.Contains(s.Source) && s.LastAttempt is { } at && time.GetUtcNow() - at > keep)
            .Select(s => s.Source)
            .ToList();
        return (changed, stale);
    }

    /// <summary>Transient: the next two runs try again; then, as for a permanent failure, the base delay doubled per failure in a row.</summary>
    public static TimeSpan Backoff(bool permanent, int failures, TimeSpan baseDelay)
    {
        var exponent = permanent ? failures - 1 : failures - 3;
        if (exponent < 0)
        {
            return TimeSpan.Zero;
        }

        var delay = baseDelay.Ticks * (double)(1L << Math.Min(exponent, 20));
        return delay >= MaxBackoff.Ticks ? (baseDelay > MaxBackoff ? baseDelay : MaxBackoff) : TimeSpan.FromTicks((long)delay);
    }

    private SyncSourceStatus? Current(string source) => ran.GetValueOrDefault(source) ?? known.GetValueOrDefault(source);

    [LoggerMessage(EventId = EventIds.Graph.SourceFailed, Level = LogLevel.Warning, Message = "Graph source {Source} failed ({Kind}): {Reason}; {Failures} failure(s) in a row, next try after {NextRetry:u}; the other sources go on")]
    private static partial void LogFailed(ILogger logger, string source, string kind, string reason, int failures, DateTimeOffset nextRetry);

    [LoggerMessage(EventId = EventIds.Graph.SourceWaiting, Level = LogLevel.Information, Message = "Graph source {Source} failed {Failures} time(s) in a row; not read before {NextRetry:u}")]
    private static partial void LogWaiting(ILogger logger, string source, int failures, DateTimeOffset nextRetry);
}
