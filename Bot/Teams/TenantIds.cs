using System.Diagnostics.CodeAnalysis;

namespace ExpertBot.Teams;

/// <summary>
/// The one spelling of a tenant id used inside the bot: an Entra tenant id is a GUID, written lower-case in "D"
/// format. Table keys are case-sensitive while people (and some clients) are not, so an id is canonicalised once
/// where it enters (inbound activities, configuration, command line); everything behind compares ordinally.
/// One request with the id in upper case once read another (empty) partition and cached it as the tenant's.
/// </summary>
internal static class TenantIds
{
    /// <summary>A GUID in any letter case, "D" format only (as Teams and Entra write it), as its canonical form.</summary>
    public static bool TryCanonical(string? value, [NotNullWhen(true)] out string? canonical)
    {
        if (value is { Length: 36 } && Guid.TryParseExact(value, "D", out var id))
        {
            canonical = id.ToString("D");
            return true;
        }

        canonical = null;
        return false;
    }

    /// <summary>A tenant id from an activity: a GUID; in local mode also a short id of letters, digits and hyphens, lower-cased.</summary>
    public static bool TryCanonicalInbound(string? value, bool localMode, [NotNullWhen(true)] out string? canonical)
    {
        if (TryCanonical(value, out canonical))
        {
            return true;
        }

        if (localMode && value is { Length: > 0 and <= 64 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            canonical = value.ToLowerInvariant();
            return true;
        }

        canonical = null;
        return false;
    }

    /// <summary>
    /// For configured ids, which may also be a verified domain (contoso.onmicrosoft.com) or "*" (a snapshot
    /// answering every tenant): a GUID in canonical form, anything else trimmed and lower-cased.
    /// </summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Canonical(string? value) =>
        value is null ? null
        : TryCanonical(value.Trim(), out var guid) ? guid
        : value.Trim().ToLowerInvariant();
}
