using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ExpertBot.Teams;

/// <summary>
/// What an inbound activity may contain before anything reads it, so no id, name or text the bot stores or
/// echoes can be larger than Table Storage, the Connector or a card accept (Table keys are at most 1 KiB and
/// refuse '/', '\', '#', '?' and control characters; a 2,000-character conversation id once took six storage
/// retries and a 500). The limits are far above what Teams sends: its ids are under 200 characters, a message
/// is at most about 28 KB. Also canonicalises the tenant id (see <see cref="TenantIds"/>).
/// </summary>
internal static class InboundActivityRules
{
    public const int MaxConversationIdLength = 512;
    public const int MaxAccountIdLength = 256;
    public const int MaxAadObjectIdLength = 64;
    public const int MaxActivityIdLength = 256;
    public const int MaxServiceUrlLength = 512;
    public const int MaxNameLength = 256;
    public const int MaxShortFieldLength = 64;
    public const int MaxTextLength = 32 * 1024;
    public const int MaxJsonBytes = 64 * 1024;

    /// <summary>
    /// The activity as the bot should see it (tenant id canonical), or a problem naming the field that broke a
    /// rule. The problem never quotes the value: it is logged and returned to an unknown caller.
    /// </summary>
    /// <param name="localMode">
    /// No app id: only loopback callers reach the bot, and the Agents Playground's tenant id is not a GUID
    /// ("00000000-0000-0000-0000-0000000000001"), so there a short id of letters, digits and hyphens is accepted too.
    /// </param>
    public static bool TryAccept(Activity activity, bool localMode, [NotNullWhen(true)] out Activity? accepted, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(activity);
        accepted = null;
        string? tenant = null;
        problem = FirstProblem(activity) ?? TenantProblem(activity, localMode, out tenant);
        if (problem is not null)
        {
            return false;
        }

        accepted = tenant is null ? activity : activity.WithTenant(tenant);
        return true;
    }

    /// <summary>
    /// Where the bot may send replies: an absolute http(s) URL with a host, a port other than 0, no user info and no fragment. Anything
    /// else (file:, ftp:, "http://localhost@host/") is not a Bot Connector and could trick a loopback check:
    /// .NET calls a file: URI loopback.
    /// </summary>
    public static bool IsServiceUrl(string? value, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        if (value is null || value.Length > MaxServiceUrlLength || !Uri.TryCreate(value, UriKind.Absolute, out var parsed))
        {
            return false;
        }

        if ((parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp)
            || parsed.HostNameType is UriHostNameType.Unknown || parsed.Host.Length == 0
            || parsed.Port == 0 || parsed.UserInfo.Length > 0 || parsed.Fragment.Length > 0 || HasControlCharacters(value))
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    /// <summary>An http(s) service URL on this machine: "localhost" or a loopback address, nothing DNS could redirect.</summary>
    public static bool IsLoopbackServiceUrl(string? value) =>
        IsServiceUrl(value, out var uri)
        && (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
                && System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address)
                && System.Net.IPAddress.IsLoopback(address)));

    private static string? FirstProblem(Activity a)
    {
        if (a.ServiceUrl is not null && !IsServiceUrl(a.ServiceUrl, out _))
        {
            return $"serviceUrl must be an absolute http(s) URL of at most {MaxServiceUrlLength} characters, without user info or fragment.";
        }

        return Id("type", a.Type, MaxShortFieldLength)
            ?? Id("channelId", a.ChannelId, MaxShortFieldLength)
            ?? Id("id", a.Id, MaxActivityIdLength)
            ?? Id("replyToId", a.ReplyToId, MaxActivityIdLength)
            ?? Id("conversation.id", a.Conversation?.Id, MaxConversationIdLength)
            ?? Id("conversation.conversationType", a.Conversation?.ConversationType, MaxShortFieldLength)
            ?? Text("conversation.name", a.Conversation?.Name, MaxNameLength)
            ?? Account("from", a.From)
            ?? Account("recipient", a.Recipient)
            ?? Members("membersAdded", a.MembersAdded)
            ?? Members("membersRemoved", a.MembersRemoved)
            ?? Id("name", a.Name, MaxNameLength)
            ?? Id("action", a.Action, MaxShortFieldLength)
            ?? Id("locale", a.Locale, MaxShortFieldLength)
            ?? Id("textFormat", a.TextFormat, MaxShortFieldLength)
            ?? Id("inputHint", a.InputHint, MaxShortFieldLength)
            ?? Text("text", a.Text, MaxTextLength)
            ?? Text("summary", a.Summary, MaxTextLength)
            ?? Json("value", a.Value)
            ?? Json("channelData", a.ChannelData);
    }

    private static string? Account(string field, ChannelAccount? account) =>
        account is null ? null
        : Id(field + ".id", account.Id, MaxAccountIdLength)
            ?? Id(field + ".aadObjectId", account.AadObjectId, MaxAadObjectIdLength)
            ?? Id(field + ".role", account.Role, MaxShortFieldLength)
            ?? Text(field + ".name", account.Name, MaxNameLength);

    private static string? Members(string field, IReadOnlyList<ChannelAccount>? members)
    {
        foreach (var member in members ?? [])
        {
            if (Account(field + "[]", member) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>An identifier: bounded, well-formed, no control characters (Table keys and URLs refuse them).</summary>
    private static string? Id(string field, string? value, int maxLength) =>
        value is null ? null
        : value.Length > maxLength ? $"{field} is longer than {maxLength} characters."
        : HasControlCharacters(value) || !IsWellFormed(value) ? $"{field} contains control characters or invalid UTF-16."
        : null;

    /// <summary>Free text: bounded and well-formed (a lone surrogate cannot be encoded into a reply).</summary>
    private static string? Text(string field, string? value, int maxLength) =>
        value is null ? null
        : value.Length > maxLength ? $"{field} is longer than {maxLength} characters."
        : !IsWellFormed(value) ? $"{field} is not valid UTF-16."
        : null;

    private static string? Json(string field, JsonElement? value) =>
        value is { } element && element.ValueKind != JsonValueKind.Undefined && JsonMarshal.GetRawUtf8Value(element).Length > MaxJsonBytes
            ? $"{field} is larger than {MaxJsonBytes} bytes."
            : null;

    /// <summary>
    /// A tenant id, where given, must be a GUID (Teams sends one; see TryAccept for local mode); channelData's and
    /// the conversation's must be the same tenant. An activity with no tenant at all is let through: the features
    /// that need one answer that they cannot tell who is asking.
    /// </summary>
    private static string? TenantProblem(Activity a, bool localMode, out string? tenant)
    {
        tenant = null;
        string? fromChannelData = null;
        if (a.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var t) && t.ValueKind == JsonValueKind.Object
            && t.TryGetProperty("id", out var id) && id.ValueKind != JsonValueKind.Null)
        {
            if (id.ValueKind != JsonValueKind.String || !TenantIds.TryCanonicalInbound(id.GetString(), localMode, out fromChannelData))
            {
                return "channelData.tenant.id must be a GUID.";
            }
        }

        string? fromConversation = null;
        if (a.Conversation?.TenantId is { } raw && !TenantIds.TryCanonicalInbound(raw, localMode, out fromConversation))
        {
            return "conversation.tenantId must be a GUID.";
        }

        if (fromChannelData is not null && fromConversation is not null && fromChannelData != fromConversation)
        {
            return "channelData.tenant.id and conversation.tenantId name different tenants.";
        }

        tenant = fromChannelData ?? fromConversation;
        return null;
    }

    private static bool HasControlCharacters(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
