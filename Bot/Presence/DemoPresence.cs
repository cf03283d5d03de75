using System.Text.Json;
using ExpertBot.Expertise;
using ExpertBot.Hosting;
using Microsoft.Extensions.Options;

namespace ExpertBot.Presence;

/// <summary>
/// The demo organisation's availability, for the Agents Playground in local mode only: Presence:DemoFile (run.sh gives
/// demo/presence.jsonl, kept out of demo/org, which is exactly what the generator writes) or presence.jsonl in the
/// snapshot folder; one person a line, e.g. {"id":"…","availability":"Busy"} or {"id":"…","availability":"Away",
/// "outOfOfficeDays":5}. Out-of-office ends are days from today (UTC midnight) rather than dates, so the committed demo
/// never shows a return date in the past. Read once, on first use; a missing or broken file means nothing known.
/// </summary>
internal sealed partial class DemoPresence(IOptions<ExpertiseOptions> expertise, IOptions<PresenceOptions> options, TimeProvider time, ILogger<DemoPresence> logger) : IPresenceReader
{
    public const string FileName = "presence.jsonl";
    private readonly Lazy<IReadOnlyDictionary<string, DemoEntry>> entries = new(() => Load(PathOf(options.Value, expertise.Value), logger));

    /// <summary>The demo presence file configured or beside the snapshot, when it exists.</summary>
    public static string? PathOf(PresenceOptions presence, ExpertiseOptions expertise)
    {
        var path = presence.DemoFile is { Length: > 0 } file ? file
            : expertise.SnapshotPath is { Length: > 0 } snapshot ? Path.Combine(snapshot, FileName)
            : null;
        return path is not null && File.Exists(path) ? path : null;
    }

    public Task<IReadOnlyDictionary<string, Availability>> GetAsync(string tenantId, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken = default)
    {
        var answer = new Dictionary<string, Availability>(StringComparer.OrdinalIgnoreCase);
        var snapshotTenant = expertise.Value.SnapshotTenantId;
        if (snapshotTenant != ExpertiseCatalog.AnyTenant && !string.Equals(snapshotTenant, tenantId, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult<IReadOnlyDictionary<string, Availability>>(answer);
        }

        var today = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        foreach (var id in personIds)
        {
            if (entries.Value.TryGetValue(id, out var e))
            {
                answer[id] = new Availability(e.Status, e.OutOfOfficeDays is not null, e.OutOfOfficeDays is { } days ? today.AddDays(days) : null);
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, Availability>>(answer);
    }

    private static Dictionary<string, DemoEntry> Load(string? path, ILogger logger)
    {
        var entries = new Dictionary<string, DemoEntry>(StringComparer.OrdinalIgnoreCase);
        if (path is null)
        {
            return entries;
        }

        try
        {
            foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var id = root.GetProperty("id").GetString() ?? throw new JsonException("a line without id");
                var status = root.TryGetProperty("availability", out var a) && Enum.TryParse<PresenceStatus>(a.GetString(), ignoreCase: true, out var s) ? s : PresenceStatus.Unknown;
                int? days = root.TryGetProperty("outOfOfficeDays", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt32() : null;
                entries[id] = new DemoEntry(status, days);
            }

            LogLoaded(logger, entries.Count, path);
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            LogUnreadable(logger, path, ex.GetType().Name);
            entries.Clear();
        }

        return entries;
    }

    [LoggerMessage(EventId = EventIds.Presence.DemoLoaded, Level = LogLevel.Information, Message = "Demo availability of {Count} people read from {Path}")]
    private static partial void LogLoaded(ILogger logger, int count, string path);

    [LoggerMessage(EventId = EventIds.Presence.DemoUnreadable, Level = LogLevel.Warning, Message = "Demo availability in {Path} could not be read ({Reason}); nobody's availability is shown")]
    private static partial void LogUnreadable(ILogger logger, string path, string reason);

    private sealed record DemoEntry(PresenceStatus Status, int? OutOfOfficeDays);
}
