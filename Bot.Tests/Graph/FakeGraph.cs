using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace ExpertBot.Tests.Graph;

/// <summary>
/// A local Microsoft Graph for the real GraphServiceClient: users (list, delta, per-user profile), teams,
/// channels, channel messages delta and replies, drives and driveItem delta, and $batch — with payloads shaped
/// like the documentation's examples. Delta tokens are change numbers; faults (429, 503, 500, 410) are injected
/// per request. Every HTTP request is logged with its arrival time.
/// </summary>
public sealed partial class FakeGraph : IDisposable
{
    private readonly WireMockServer server;
    private readonly Lock gate = new();
    private readonly List<Fault> faults = [];
    private readonly ConcurrentQueue<LoggedRequest> log = new();
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, int RetryAfter)> throttled = new();
    private readonly ConcurrentQueue<RetryGap> retries = new();
    private long change;
    private long minimumValidToken;
    private (string PathPart, TaskCompletionSource Release, TaskCompletionSource Arrived)? hold;

    public FakeGraph()
    {
        server = WireMockServer.Start();
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(HandleAsync));
    }

    public string BaseUrl => server.Url + "/v1.0";

    public int UserPageSize { get; set; } = 999;

    public int DeltaPageSize { get; set; } = 200;

    public Entities Users { get; } = new();

    public Dictionary<string, JsonObject> Teams { get; } = [];

    public Dictionary<string, List<JsonObject>> Channels { get; } = [];

    public Dictionary<string, string> TeamDrives { get; } = [];

    public Dictionary<string, List<JsonObject>> SiteDrives { get; } = [];

    /// <summary>Drive id → its items; channel key "team/channel" → root messages; message key → replies.</summary>
    public ConcurrentDictionary<string, Entities> DriveItems { get; } = new();

    public ConcurrentDictionary<string, Entities> Messages { get; } = new();

    public ConcurrentDictionary<string, List<JsonObject>> Replies { get; } = new();

    public IReadOnlyList<LoggedRequest> Requests => [.. log];

    /// <summary>For every request answered 429/503 with Retry-After (alone or inside $batch): how long until it came again.</summary>
    public IReadOnlyList<RetryGap> Retries => [.. retries];

    public int MessagePageSize { get; set; } = 50;

    public long NextChange() => Interlocked.Increment(ref change);

    /// <summary>Every delta token issued so far answers 410 Gone from now on.</summary>
    public void ExpireDeltaTokens() => minimumValidToken = Interlocked.Increment(ref change);

    /// <summary>The next <paramref name="count"/> requests whose path contains <paramref name="pathPart"/> fail (inside $batch too).</summary>
    public void Fail(string pathPart, int status, int count = 1, int? retryAfterSeconds = null, int skip = 0)
    {
        lock (gate)
        {
            faults.Add(new Fault(pathPart, status, retryAfterSeconds) { Remaining = count, Skip = skip });
        }
    }

    public void ClearLog() => log.Clear();

    /// <summary>Requests whose path contains <paramref name="pathPart"/> wait until the returned source is completed; Arrived says one did.</summary>
    public (TaskCompletionSource Release, Task Arrived) Hold(string pathPart)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hold = (pathPart, release, arrived);
        return (release, arrived.Task);
    }

    public void Dispose() => server.Stop();

    private async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        if (hold is { } h && request.AbsolutePath.Contains(h.PathPart, StringComparison.Ordinal))
        {
            h.Arrived.TrySetResult();
            await h.Release.Task;
        }

        return Handle(request);
    }

    private ResponseMessage Handle(IRequestMessage request)
    {
        var uri = new Uri(request.AbsoluteUrl);
        var pathAndQuery = uri.PathAndQuery;
        var (status, body, retryAfter) = request.Headers?.ContainsKey("Authorization") != true
            ? (401, Error("InvalidAuthenticationToken", "Access token is empty."), null)
            : Route(request.Method, pathAndQuery, request.Body);
        log.Enqueue(new LoggedRequest(DateTimeOffset.UtcNow, request.Method, pathAndQuery, status));
        var binary = status == 200 && IsPhotoValue(Uri.UnescapeDataString(uri.AbsolutePath));
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = binary
                ? new BodyData { BodyAsBytes = Convert.FromBase64String(body.GetValue<string>()), DetectedBodyType = BodyType.Bytes }
                : new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new(binary ? "image/jpeg" : "application/json") },
        };
        if (retryAfter is { } seconds)
        {
            response.Headers["Retry-After"] = new WireMockList<string>(seconds.ToString());
        }

        return response;
    }

    private (int Status, JsonNode Body, int? RetryAfter) Route(string method, string pathAndQuery, string? body)
    {
        var path = pathAndQuery.Split('?')[0];
        path = path.StartsWith("/v1.0", StringComparison.Ordinal) ? path[5..] : path;
        var query = QueryHelpers.ParseQuery(pathAndQuery.Contains('?') ? pathAndQuery[pathAndQuery.IndexOf('?')..] : string.Empty)
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var now = DateTimeOffset.UtcNow;
        if (throttled.TryRemove(pathAndQuery, out var earlier))
        {
            retries.Enqueue(new RetryGap(pathAndQuery, now - earlier.At, TimeSpan.FromSeconds(earlier.RetryAfter)));
        }

        if (TakeFault(Uri.UnescapeDataString(path)) is { } fault)
        {
            if (fault.RetryAfter is { } seconds)
            {
                throttled[pathAndQuery] = (now, seconds);
            }

            return (fault.Status, Error(fault.Status == 429 ? "TooManyRequests" : "ServiceError", "Injected by the test."), fault.RetryAfter);
        }

        var s = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        return (method, s) switch
        {
            ("POST", ["$batch"]) => Batch(body ?? "{}"),
            ("GET", ["users"]) => ListUsers(query),
            ("GET", ["users", "delta"]) => Delta(Users, "users", query, "users"),
            ("GET", ["users", var id]) => Users.Get(id) is { } u && !Users.IsRemoved(id) ? (200, Profile(u), null) : NotFound(),
            ("GET", ["users", var id, "photos", var size, "$value"]) => PhotoOf(id, size),
            ("GET", ["users", var id, "mailboxSettings", "automaticRepliesSetting"]) => AutomaticRepliesOf(id),
            ("POST", ["communications", "getPresencesByUserId"]) => GetPresences(body ?? "{}"),
            ("GET", ["teams"]) => ListTeams(),
            ("GET", ["teams", var team]) => Teams.TryGetValue(team, out var t) ? (200, t.DeepClone(), null) : NotFound(),
            ("GET", ["teams", var team, "channels"]) => (200, Page("channels", Channels.GetValueOrDefault(team, []).Select(c => c.DeepClone())), null),
            ("GET", ["teams", var team, "channels", var channel, "messages", "delta"]) => MessagesDelta(team, channel, query),
            ("GET", ["teams", var team, "channels", var channel, "messages", var message, "replies"]) => ListReplies(team, channel, message, query),
            ("GET", ["groups", var group, "drive"]) => TeamDrives.TryGetValue(group, out var d) ? (200, new JsonObject { ["id"] = d, ["name"] = "Documents", ["driveType"] = "documentLibrary" }, null) : NotFound(),
            ("GET", ["sites", var site, "drives"]) => (200, Page("drives", SiteDrives.GetValueOrDefault(site, []).Select(d => d.DeepClone())), null),
            ("GET", ["drives", var drive, "root", "delta"]) => Delta(DriveItems.GetOrAdd(drive, _ => new Entities()), $"drives/{drive}/root", query, "driveItem"),
            ("GET", ["drives", var drive, "items", var item, "permissions"]) => ListPermissions(drive, item),
            ("POST", ["drives", var drive, "items", var item, "extractSensitivityLabels"]) => ExtractLabels(drive, item),
            _ => NotFound(),
        };
    }

    private (int, JsonNode, int?) Batch(string body)
    {
        using var doc = JsonDocument.Parse(body);
        var responses = new JsonArray();
        foreach (var r in doc.RootElement.GetProperty("requests").EnumerateArray())
        {
            var url = r.GetProperty("url").GetString()!;
            var (status, inner, retryAfter) = Route(r.GetProperty("method").GetString()!, "/v1.0" + (url.StartsWith('/') ? url : "/" + url), null);
            // A non-JSON body (a photo) stays base64 text inside the batch's JSON.
            var headers = new JsonObject { ["Content-Type"] = status == 200 && IsPhotoValue(Uri.UnescapeDataString(url.Split('?')[0])) ? "image/jpeg" : "application/json" };
            if (retryAfter is { } seconds)
            {
                headers["Retry-After"] = seconds.ToString();
            }

            responses.Add(new JsonObject { ["id"] = r.GetProperty("id").GetString(), ["status"] = status, ["headers"] = headers, ["body"] = inner });
        }

        if (responses.Count > 20)
        {
            return (400, Error("BadRequest", "A batch holds at most 20 requests."), null);
        }

        return (200, new JsonObject { ["responses"] = responses }, null);
    }

    private (int, JsonNode, int?) ListUsers(Dictionary<string, string> query)
    {
        var top = Math.Min(query.TryGetValue("$top", out var t) ? int.Parse(t) : 100, UserPageSize);
        var skip = query.TryGetValue("$skiptoken", out var k) ? int.Parse(k) : 0;
        var all = Users.Current().ToList();
        var page = Page("users", all.Skip(skip).Take(top).Select(BasicUser));
        if (skip + top < all.Count)
        {
            page["@odata.nextLink"] = $"{BaseUrl}/users?$top={top}&$skiptoken={skip + top}";
        }

        return (200, page, null);
    }

    private (int, JsonNode, int?) Delta(Entities entities, string resource, Dictionary<string, string> query, string context, int? pageSize = null)
    {
        var size = pageSize ?? DeltaPageSize;
        long since;
        var offset = 0;
        if (query.TryGetValue("$skiptoken", out var skipToken))
        {
            var parts = skipToken.Split('_');
            (since, offset) = (long.Parse(parts[0]), int.Parse(parts[1]));
        }
        else if (query.TryGetValue("$deltatoken", out var token))
        {
            if (token == "latest")
            {
                return (200, new JsonObject { ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#{context}", ["@odata.deltaLink"] = $"{BaseUrl}/{resource}/delta?$deltatoken={Interlocked.Read(ref change)}", ["value"] = new JsonArray() }, null);
            }

            since = long.Parse(token);
            if (since < minimumValidToken)
            {
                return ExpiredToken(resource);
            }
        }
        else
        {
            since = -1;
        }

        var now = Interlocked.Read(ref change);
        var changed = entities.ChangedSince(since, includeRemoved: since >= 0).ToList();
        var page = Page(context, changed.Skip(offset).Take(size).Select(e => resource == "users" && e["@removed"] is null ? BasicUser(e) : e.DeepClone()));
        page[offset + size < changed.Count ? "@odata.nextLink" : "@odata.deltaLink"] = offset + size < changed.Count
            ? $"{BaseUrl}/{resource}/delta?$skiptoken={since}_{offset + size}"
            : $"{BaseUrl}/{resource}/delta?$deltatoken={now}";
        return (200, page, null);
    }

    private Fault? TakeFault(string path)
    {
        lock (gate)
        {
            var fault = faults.FirstOrDefault(f => f.Remaining > 0 && path.Contains(f.PathPart, StringComparison.Ordinal));
            if (fault is null)
            {
                return null;
            }

            if (fault.Skip > 0)
            {
                fault.Skip--;
                return null;
            }

            fault.Remaining--;
            return fault;
        }
    }

    private static JsonObject BasicUser(JsonObject u)
    {
        var basic = new JsonObject();
        foreach (var name in new[] { "id", "displayName", "mail", "userPrincipalName", "jobTitle", "department", "officeLocation", "preferredLanguage", "accountEnabled", "userType" })
        {
            // A property cleared in Entra is sent as null, not left out.
            if (u.TryGetPropertyValue(name, out var value))
            {
                basic[name] = value?.DeepClone();
            }
        }

        return basic;
    }

    private static JsonObject Profile(JsonObject u)
    {
        var profile = new JsonObject { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users(id,aboutMe,skills,interests,responsibilities,pastProjects,schools)/$entity" };
        foreach (var name in new[] { "id", "aboutMe", "skills", "interests", "responsibilities", "pastProjects", "schools" })
        {
            profile[name] = u[name]?.DeepClone() ?? (name is "id" or "aboutMe" ? null : new JsonArray());
        }

        return profile;
    }

    private static JsonObject Page(string context, IEnumerable<JsonNode> values) =>
        new() { ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#{context}", ["value"] = new JsonArray([.. values]) };

    private static (int, JsonNode, int?) NotFound() => (404, Error("Request_ResourceNotFound", "Resource does not exist."), null);

    private static JsonObject Error(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["innerError"] = new JsonObject { ["request-id"] = Guid.NewGuid().ToString() } } };

    private sealed record Fault(string PathPart, int Status, int? RetryAfter)
    {
        public int Remaining { get; set; }

        public int Skip { get; set; }
    }
}
