using System.Globalization;
using System.Net;
using System.Text.Json;
using ExpertBot.Graph;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ExpertBot.Presence;

/// <summary>
/// When out-of-office people are back. Presence says only that someone is out of office
/// (https://learn.microsoft.com/graph/api/resources/outofofficesettings); the end date is in their automatic replies,
/// GET /users/{id}/mailboxSettings/automaticRepliesSetting (https://learn.microsoft.com/graph/api/user-get-mailboxsettings,
/// application permission MailboxSettings.Read): scheduledEndDateTime when status is "scheduled"
/// (https://learn.microsoft.com/graph/api/resources/automaticrepliessetting). "alwaysEnabled" has no end, and an
/// out-of-office calendar event sets presence without any automatic reply: no date then. Read 20 a $batch.
/// </summary>
internal static class AutomaticReplies
{
    /// <summary>The end of each person's scheduled automatic replies, when it is still ahead; Forbidden when the permission is missing.</summary>
    public static async Task<(Dictionary<string, DateTimeOffset> Ends, bool Forbidden)> EndsAsync(
        GraphServiceClient client,
        string baseUrl,
        IReadOnlyList<string> personIds,
        int maxRetries,
        TimeProvider time,
        ILogger logger,
        CancellationToken cancellationToken = default)
    {
        var requests = personIds.Select(id => (id, Request(baseUrl, id))).ToList();
        var answers = await GraphBatch.GetAnswersAsync(client, requests, maxRetries, time, logger, cancellationToken);
        var ends = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        var now = time.GetUtcNow();
        foreach (var (id, answer) in answers.Where(a => a.Value.Status == HttpStatusCode.OK))
        {
            try
            {
                var setting = await KiotaJsonSerializer.DeserializeAsync<AutomaticRepliesSetting>(answer.Body, cancellationToken);
                if (setting?.Status == AutomaticRepliesStatus.Scheduled && ToInstant(setting.ScheduledEndDateTime) is { } end && end > now)
                {
                    ends[id] = end;
                }
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException)
            {
                // An answer that cannot be read leaves that person's date unknown.
            }
        }

        var forbidden = answers.Count > 0 && answers.Values.All(a => a.Status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized);
        return (ends, forbidden);
    }

    /// <summary>
    /// A dateTimeTimeZone as an instant: a wall-clock time in a named zone, "UTC" for automatic replies in practice, an
    /// IANA or Windows zone name otherwise (.NET maps Windows names on Linux through ICU). Null when it cannot be read.
    /// </summary>
    public static DateTimeOffset? ToInstant(DateTimeTimeZone? value)
    {
        if (value?.DateTime is not { Length: > 0 } text
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var parsed))
        {
            return null;
        }

        if (parsed.Kind == DateTimeKind.Utc)
        {
            return new DateTimeOffset(parsed);
        }

        var wallClock = DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified);
        var zoneName = string.IsNullOrWhiteSpace(value.TimeZone) ? "UTC" : value.TimeZone;
        return TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out var zone)
            ? new DateTimeOffset(wallClock, zone.GetUtcOffset(wallClock))
            : null;
    }

    private static RequestInformation Request(string baseUrl, string personId)
    {
        // The SDK has a builder for the whole mailboxSettings only; the documented sub-path returns just what is needed.
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri($"{baseUrl}/users/{Uri.EscapeDataString(personId)}/mailboxSettings/automaticRepliesSetting") };
        request.Headers.TryAdd("Accept", "application/json");
        return request;
    }
}
