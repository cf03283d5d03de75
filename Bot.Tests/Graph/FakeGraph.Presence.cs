using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ExpertBot.Tests.Graph;

/// <summary>
/// Presence, automatic replies and photos, as the real service answers them.
/// POST /communications/getPresencesByUserId takes {"ids":[…]}, at most 650 a call, and answers a collection of presence
/// objects (https://learn.microsoft.com/graph/api/cloudcommunications-getpresencesbyuserid); the page gives the limit but
/// not the error past it: a 400 here. Someone without an entry is Offline; an id the tenant does not know is PresenceUnknown.
/// GET /users/{id}/mailboxSettings/automaticRepliesSetting answers the setting (https://learn.microsoft.com/graph/api/user-get-mailboxsettings),
/// disabled unless set. GET /users/{id}/photos/48x48/$value answers the bytes, or 404 ImageNotFound for someone without
/// a photo (https://learn.microsoft.com/graph/api/profilephoto-get; the code as in microsoftgraph/msgraph-sdk-dotnet#2673);
/// inside $batch the bytes come base64-encoded (https://learn.microsoft.com/graph/json-batching). Fail() throttles any of them.
/// </summary>
public sealed partial class FakeGraph
{
    public const int MaxPresenceIds = 650;

    /// <summary>User id → presence (availability, activity, outOfOfficeSettings).</summary>
    public ConcurrentDictionary<string, JsonObject> Presences { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>User id → automaticRepliesSetting.</summary>
    public ConcurrentDictionary<string, JsonObject> AutomaticReplies { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>User id → their 48x48 photo (JPEG).</summary>
    public ConcurrentDictionary<string, byte[]> Photos { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The ids asked in each getPresencesByUserId call, in order.</summary>
    public ConcurrentQueue<string[]> PresenceCalls { get; } = new();

    public static JsonObject Presence(string availability, string activity, bool outOfOffice = false) => new()
    {
        ["availability"] = availability,
        ["activity"] = activity,
        ["statusMessage"] = null,
        ["outOfOfficeSettings"] = new JsonObject { ["message"] = outOfOffice ? "Back soon." : null, ["isOutOfOffice"] = outOfOffice },
    };

    /// <summary>Automatic replies scheduled to end at <paramref name="endUtc"/>, with Exchange's wall-clock-and-zone shape.</summary>
    public static JsonObject ScheduledReplies(DateTime startUtc, DateTime endUtc) => new()
    {
        ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users('id')/mailboxSettings/automaticRepliesSetting",
        ["status"] = "scheduled",
        ["externalAudience"] = "all",
        ["scheduledStartDateTime"] = new JsonObject { ["dateTime"] = startUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffffff"), ["timeZone"] = "UTC" },
        ["scheduledEndDateTime"] = new JsonObject { ["dateTime"] = endUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffffff"), ["timeZone"] = "UTC" },
        ["internalReplyMessage"] = "<html><body><p>I'm away.</p></body></html>",
        ["externalReplyMessage"] = "<html><body><p>I'm away.</p></body></html>",
    };

    /// <summary>Bytes that look like a small JPEG, different per seed.</summary>
    public static byte[] JpegFor(int seed)
    {
        var bytes = new byte[900];
        new Random(seed).NextBytes(bytes);
        (bytes[0], bytes[1], bytes[2], bytes[3]) = (0xFF, 0xD8, 0xFF, 0xE0);
        (bytes[^2], bytes[^1]) = (0xFF, 0xD9);
        return bytes;
    }

    /// <summary>A photo answer's path: its body is bytes, not JSON.</summary>
    private static bool IsPhotoValue(string path) => path.EndsWith("/$value", StringComparison.Ordinal) && path.Contains("/photos/", StringComparison.Ordinal);

    private (int, JsonNode, int?) GetPresences(string body)
    {
        using var doc = JsonDocument.Parse(body);
        var ids = doc.RootElement.TryGetProperty("ids", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(i => i.GetString() ?? string.Empty).ToArray()
            : [];
        PresenceCalls.Enqueue(ids);
        if (ids.Length > MaxPresenceIds)
        {
            return (400, Error("BadRequest", $"A maximum of {MaxPresenceIds} user ids is supported per request."), null);
        }

        var value = new JsonArray();
        foreach (var id in ids)
        {
            var presence = Presences.TryGetValue(id, out var p) ? (JsonObject)p.DeepClone()
                : Users.Get(id) is not null ? Presence("Offline", "OffWork")
                : Presence("PresenceUnknown", "PresenceUnknown");
            presence["id"] = id;
            value.Add(presence);
        }

        return (200, new JsonObject { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#Collection(presence)", ["value"] = value }, null);
    }

    private (int, JsonNode, int?) AutomaticRepliesOf(string id) =>
        Users.Get(id) is null || Users.IsRemoved(id) ? NotFound()
        : AutomaticReplies.TryGetValue(id, out var setting) ? (200, setting.DeepClone(), null)
        : (200, new JsonObject { ["status"] = "disabled", ["externalAudience"] = "all", ["internalReplyMessage"] = string.Empty, ["externalReplyMessage"] = string.Empty }, null);

    private (int, JsonNode, int?) PhotoOf(string id, string size) =>
        size == "48x48" && Users.Get(id) is not null && !Users.IsRemoved(id) && Photos.TryGetValue(id, out var photo)
            ? (200, JsonValue.Create(Convert.ToBase64String(photo)), null)
            : (404, Error("ImageNotFound", "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown."), null);
}
