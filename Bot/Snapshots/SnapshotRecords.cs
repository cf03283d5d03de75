using System.Globalization;
using System.Text.Json;
using ExpertBot.Expertise;

namespace ExpertBot.Snapshots;

/// <summary>Parses and writes single snapshot lines; unknown fields are ignored so newer snapshots still load.</summary>
internal static class SnapshotRecords
{
    public static Person ParsePerson(JsonElement e) => new()
    {
        Id = RequiredString(e, "id"),
        DisplayName = RequiredString(e, "displayName"),
        Mail = OptionalString(e, "mail"),
        UserPrincipalName = OptionalString(e, "userPrincipalName"),
        JobTitle = OptionalString(e, "jobTitle"),
        Department = OptionalString(e, "department"),
        OfficeLocation = OptionalString(e, "officeLocation"),
        PreferredLanguage = OptionalString(e, "preferredLanguage"),
        AboutMe = OptionalString(e, "aboutMe"),
        Skills = OptionalStrings(e, "skills"),
        Interests = OptionalStrings(e, "interests"),
        Responsibilities = OptionalStrings(e, "responsibilities"),
        PastProjects = OptionalStrings(e, "pastProjects"),
        Schools = OptionalStrings(e, "schools"),
    };

    public static EvidenceItem ParseSignal(JsonElement e) => new()
    {
        Id = RequiredString(e, "id"),
        PersonId = RequiredString(e, "personId"),
        Timestamp = RequiredTimestamp(e, "timestamp"),
        Kind = OptionalString(e, "kind")?.ToLowerInvariant() ?? EvidenceKinds.Document,
        Title = OptionalString(e, "title"),
        Text = OptionalString(e, "text"),
        Url = OptionalUrl(e, "url"),
        Visibility = OptionalString(e, "visibility") switch
        {
            null or "organization" or "organisation" => Visibility.Organization,
            "private" => Visibility.Private,
            var other => throw new FormatException($"'visibility' must be \"organization\" or \"private\", not \"{other}\""),
        },
        Source = OptionalString(e, "source"),
    };

    public static Endorsement ParseEndorsement(JsonElement e)
    {
        var endorser = RequiredString(e, "endorserId");
        var endorsee = RequiredString(e, "endorseeId");
        return new Endorsement(endorser, endorsee, RequiredString(e, "topic"), RequiredTimestamp(e, "timestamp"));
    }

    private static string RequiredString(JsonElement e, string name)
    {
        var value = OptionalString(e, name);
        return string.IsNullOrWhiteSpace(value) ? throw new FormatException($"'{name}' is required") : value;
    }

    private static string? OptionalString(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FormatException($"'{name}' must be a string");
    }

    private static string[] OptionalStrings(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"'{name}' must be an array of strings");
        }

        return [.. value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new FormatException($"'{name}' must be an array of strings"))];
    }

    private static DateTimeOffset RequiredTimestamp(JsonElement e, string name)
    {
        var text = RequiredString(e, name);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.ToUniversalTime()
            : throw new FormatException($"'{name}' is not an ISO 8601 date: \"{text}\"");
    }

    private static string? OptionalUrl(JsonElement e, string name)
    {
        var text = OptionalString(e, name);
        if (text is null)
        {
            return null;
        }

        // Only web links reach a card: a javascript: or file: URL in a snapshot must not become a button.
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? text
            : throw new FormatException($"'{name}' must be an absolute http(s) URL");
    }
}
