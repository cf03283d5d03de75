using System.Text.Json;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ExpertBot.Graph;

/// <summary>
/// One user as a users list or delta page carries it, read from the JSON itself: a delta record holds "at least the
/// properties that have been updated" (https://learn.microsoft.com/graph/delta-query-overview), and a property cleared in
/// Entra comes as null. The SDK's model drops null properties, so a cleared job title could not be told from an
/// unchanged one; here it can.
/// </summary>
internal sealed class UserRecord(JsonElement json)
{
    public string? Id => String("id");

    /// <summary>Deleted (soft or hard) since the last delta.</summary>
    public bool Removed => json.TryGetProperty("@removed", out _);

    /// <summary>Null when the record does not say (a delta record without that change).</summary>
    public bool? AccountEnabled => json.TryGetProperty("accountEnabled", out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    public string? UserType => String("userType");

    /// <summary>
    /// The property's value now: from the record when it carries the property (null when cleared), else the stored one.
    /// A complete record (a full list) carries every selected property: absent means empty there.
    /// </summary>
    public string? Pick(string name, string? stored, bool complete) => complete || json.TryGetProperty(name, out _) ? String(name) : stored;

    /// <summary>One page of /users or /users/delta, read through the SDK's adapter (authentication, retries, Graph errors as <see cref="ODataError"/>).</summary>
    public static async Task<(List<UserRecord> Users, string? NextLink, string? DeltaLink)> GetPageAsync(IRequestAdapter adapter, string url, CancellationToken cancellationToken)
    {
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(url) };
        request.Headers.TryAdd("Accept", "application/json");
        var errors = new Dictionary<string, ParsableFactory<IParsable>> { ["XXX"] = ODataError.CreateFromDiscriminatorValue };
        await using var stream = await adapter.SendPrimitiveAsync<Stream>(request, errors, cancellationToken)
            ?? throw new InvalidOperationException("Graph answered a users page without a body");
        using var page = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        var root = page.RootElement;
        var users = root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.Object).Select(u => new UserRecord(u.Clone())).ToList()
            : [];
        return (users, Link(root, "@odata.nextLink"), Link(root, "@odata.deltaLink"));
    }

    private static string? Link(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private string? String(string name) => json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
