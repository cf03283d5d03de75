using System.Net.Http.Headers;
using ExpertBot.Graph;
using ExpertBot.Hosting;
using ExpertBot.Teams;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Communications.GetPresencesByUserId;
using Microsoft.Kiota.Abstractions;
using Polly.Timeout;

namespace ExpertBot.Presence;

/// <summary>
/// Availability from Microsoft Graph: POST /communications/getPresencesByUserId, one call for up to 650 people
/// (https://learn.microsoft.com/graph/api/cloudcommunications-getpresencesbyuserid, application permission
/// Presence.Read.All; 1,500 calls per 30 s per app and tenant), then the end date of those out of office
/// (<see cref="AutomaticReplies"/>). Answers are cached briefly per tenant and person. It never fails or slows a card:
/// past TimeoutMilliseconds, or on any error, what is missing is unknown; throttling is waited out by the Graph
/// resilience pipeline (Retry-After) within that time, then Graph is left alone for a pause; a 403 (permission not
/// granted) is logged once and retried after PauseAfterForbiddenMinutes. Only the configured tenant is read.
/// </summary>
internal sealed partial class GraphPresenceReader(
    GraphConnection graph,
    IOptions<GraphOptions> graphOptions,
    IOptions<PresenceOptions> options,
    TimeProvider time,
    ILogger<GraphPresenceReader> logger) : IPresenceReader
{
    public const int MaxIdsPerCall = 650;
    private readonly PresenceCache cache = new(time, TimeSpan.FromSeconds(options.Value.CacheSeconds), options.Value.MaxCachedPeople);
    private readonly Pause presencePause = new();
    private readonly Pause repliesPause = new();

    public async Task<IReadOnlyDictionary<string, Availability>> GetAsync(string tenantId, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken = default)
    {
        var answer = new Dictionary<string, Availability>(StringComparer.OrdinalIgnoreCase);
        if (!TenantIds.TryCanonical(tenantId, out var tenant) || tenant != graphOptions.Value.TenantId)
        {
            return answer;
        }

        var missing = new List<string>();
        foreach (var id in personIds.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (cache.TryGet(tenant, id.ToLowerInvariant(), out var cached))
            {
                Add(answer, id, cached);
            }
            else if (Guid.TryParseExact(id, "D", out _))
            {
                // Graph user ids are GUIDs; anything else would make Graph refuse the whole call.
                missing.Add(id);
            }
        }

        if (missing.Count == 0 || presencePause.IsOn(time))
        {
            return answer;
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(options.Value.TimeoutMilliseconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var read = await Task.WhenAll(missing.Chunk(MaxIdsPerCall).Select(chunk => ReadAsync(chunk, linked.Token, cancellationToken)));
        var fresh = read.SelectMany(r => r).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        await AddEndDatesAsync(fresh, linked.Token, cancellationToken);
        cache.Set(tenant, fresh.Select(p => System.Collections.Generic.KeyValuePair.Create(p.Key.ToLowerInvariant(), p.Value)));
        foreach (var id in missing)
        {
            if (fresh.TryGetValue(id, out var availability))
            {
                Add(answer, id, availability);
            }
        }

        return answer;
    }

    /// <summary>Graph's availability values (https://learn.microsoft.com/graph/api/resources/presence) folded to what the bot acts on.</summary>
    public static Availability ToAvailability(Microsoft.Graph.Models.Presence presence)
    {
        var status = presence.Availability?.ToLowerInvariant() switch
        {
            "available" or "availableidle" => PresenceStatus.Available,
            "away" or "berightback" => PresenceStatus.Away,
            "busy" or "busyidle" => PresenceStatus.Busy,
            "donotdisturb" => PresenceStatus.DoNotDisturb,
            "offline" => PresenceStatus.Offline,
            _ => PresenceStatus.Unknown,
        };
        var outOfOffice = presence.OutOfOfficeSettings?.IsOutOfOffice == true
            || string.Equals(presence.Activity, "OutOfOffice", StringComparison.OrdinalIgnoreCase);
        return new Availability(status, outOfOffice);
    }

    private static void Add(Dictionary<string, Availability> answer, string id, Availability availability)
    {
        // Absent means unknown: nothing is said about someone Graph knows nothing of.
        if (availability.Status != PresenceStatus.Unknown || availability.OutOfOffice)
        {
            answer[id] = availability;
        }
    }

    private async Task<Dictionary<string, Availability>> ReadAsync(string[] ids, CancellationToken deadline, CancellationToken caller)
    {
        var read = new Dictionary<string, Availability>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var response = await graph.Client.Communications.GetPresencesByUserId.PostAsGetPresencesByUserIdPostResponseAsync(
                new GetPresencesByUserIdPostRequestBody { Ids = [.. ids] }, cancellationToken: deadline);
            foreach (var presence in response?.Value ?? [])
            {
                if (presence.Id is { } id)
                {
                    read[id] = ToAvailability(presence);
                }
            }
        }
        catch (ApiException ex) when (ex.ResponseStatusCode is 401 or 403)
        {
            if (presencePause.Start(time, TimeSpan.FromMinutes(options.Value.PauseAfterForbiddenMinutes), forbidden: true))
            {
                LogForbidden(logger, ex.ResponseStatusCode, options.Value.PauseAfterForbiddenMinutes);
            }
        }
        catch (Exception ex) when (IsFailure(ex, caller))
        {
            var pause = Max(TimeSpan.FromSeconds(options.Value.PauseAfterFailureSeconds), RetryAfterOf(ex));
            presencePause.Start(time, pause, forbidden: false);
            LogFailed(logger, ids.Length, Describe(ex), (long)pause.TotalSeconds);
        }

        return read;
    }

    private async Task AddEndDatesAsync(Dictionary<string, Availability> fresh, CancellationToken deadline, CancellationToken caller)
    {
        var away = fresh.Where(p => p.Value.OutOfOffice).Select(p => p.Key).ToList();
        if (away.Count == 0 || !options.Value.ReadOutOfOfficeEnd || repliesPause.IsOn(time))
        {
            return;
        }

        try
        {
            var (ends, forbidden) = await AutomaticReplies.EndsAsync(graph.Client, graph.BaseUrl, away, graphOptions.Value.MaxRetries, time, logger, deadline);
            foreach (var (id, end) in ends)
            {
                fresh[id] = fresh[id] with { OutOfOfficeUntil = end };
            }

            if (forbidden && repliesPause.Start(time, TimeSpan.FromMinutes(options.Value.PauseAfterForbiddenMinutes), forbidden: true))
            {
                LogRepliesForbidden(logger, options.Value.PauseAfterForbiddenMinutes);
            }
        }
        catch (Exception ex) when (IsFailure(ex, caller))
        {
            // The dates are a nicety: out of office is still shown, without "until".
            repliesPause.Start(time, Max(TimeSpan.FromSeconds(options.Value.PauseAfterFailureSeconds), RetryAfterOf(ex)), forbidden: false);
            var reason = Describe(ex);
            LogRepliesFailed(logger, away.Count, reason);
        }
    }

    // The caller's own cancellation is theirs to see; everything else (the deadline included) is a failed read.
    private static bool IsFailure(Exception ex, CancellationToken caller) =>
        ex is ApiException or HttpRequestException or TimeoutRejectedException || (ex is OperationCanceledException && !caller.IsCancellationRequested);

    private static string Describe(Exception ex) => ex switch
    {
        ApiException api => $"status {api.ResponseStatusCode}",
        OperationCanceledException or TimeoutRejectedException => "timed out",
        _ => "connection failed",
    };

    private TimeSpan RetryAfterOf(Exception ex)
    {
        // The SDK's exception keeps the headers as text: read as the resilience pipeline reads them (seconds or a date).
        return ex is ApiException { ResponseStatusCode: 429 or 503 } api
            && api.ResponseHeaders.TryGetValue("Retry-After", out var values)
            && RetryConditionHeaderValue.TryParse(values.FirstOrDefault(), out var header)
            && GraphResilience.RetryAfter(header, time.GetUtcNow()) is { } wait
            ? wait
            : TimeSpan.Zero;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(EventId = EventIds.Presence.Forbidden, Level = LogLevel.Warning, Message = "Graph presence answered {Status}: grant Presence.Read.All (application). Availability is unknown meanwhile; asked again in {Minutes} minutes")]
    private static partial void LogForbidden(ILogger logger, int status, int minutes);

    [LoggerMessage(EventId = EventIds.Presence.Failed, Level = LogLevel.Warning, Message = "Graph presence for {Count} people failed ({Reason}); their availability is unknown, and Graph is left alone for {PauseSeconds} s")]
    private static partial void LogFailed(ILogger logger, int count, string reason, long pauseSeconds);

    [LoggerMessage(EventId = EventIds.Presence.OutOfOfficeForbidden, Level = LogLevel.Warning, Message = "Automatic replies answered 403: grant MailboxSettings.Read (application) for \"out of office until\", or set Presence:ReadOutOfOfficeEnd to false; asked again in {Minutes} minutes")]
    private static partial void LogRepliesForbidden(ILogger logger, int minutes);

    [LoggerMessage(EventId = EventIds.Presence.OutOfOfficeFailed, Level = LogLevel.Information, Message = "Out-of-office end dates of {Count} people could not be read ({Reason}); shown without a date")]
    private static partial void LogRepliesFailed(ILogger logger, int count, string reason);

    /// <summary>A time before which Graph is not asked; "forbidden" pauses say so in the log once, not at every card.</summary>
    private sealed class Pause
    {
        private readonly Lock gate = new();
        private DateTimeOffset until;
        private bool forbiddenLogged;

        public bool IsOn(TimeProvider time)
        {
            lock (gate)
            {
                return time.GetUtcNow() < until;
            }
        }

        /// <summary>Starts (or extends) the pause; true when this is a forbidden pause not logged before.</summary>
        public bool Start(TimeProvider time, TimeSpan length, bool forbidden)
        {
            lock (gate)
            {
                var end = time.GetUtcNow() + length;
                until = end > until ? end : until;
                var first = forbidden && !forbiddenLogged;
                forbiddenLogged |= forbidden;
                return first;
            }
        }
    }
}
