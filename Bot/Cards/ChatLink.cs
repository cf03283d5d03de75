using System.Text.RegularExpressions;

namespace ExpertBot.Cards;

/// <summary>
/// The Teams deep link that opens a 1:1 chat with someone, the question pre-filled:
/// https://teams.microsoft.com/l/chat/0/0?users=&lt;UPN&gt;&amp;message=&lt;text&gt; (learn.microsoft.com, "deep link to a chat").
/// </summary>
internal static partial class ChatLink
{
    /// <summary>Entra's limit on a user principal name.</summary>
    private const int MaxUpnLength = 113;

    /// <summary>Enough for a question; the link repeats on every person of a card, so it stays short.</summary>
    public const int MaxMessageLength = 200;

    /// <summary>The link (a string: System.Uri could re-normalise its escapes), or null when the UPN is missing or not one (no Chat button then: a broken link is worse).</summary>
    public static string? For(string? userPrincipalName, string? message, int maxMessageLength = MaxMessageLength)
    {
        if (!IsUserPrincipalName(userPrincipalName))
        {
            return null;
        }

        var link = "https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(userPrincipalName!);
        if (!string.IsNullOrWhiteSpace(message))
        {
            link += "&message=" + Uri.EscapeDataString(AdaptiveCard.Clip(message.Trim(), maxMessageLength));
        }

        return link;
    }

    /// <summary>
    /// Entra's characters for a UPN's user part (letters, digits and ' . - _ ! # ^ ~), then @ and a dotted domain.
    /// Guests' UPNs (alice_contoso.com#EXT#@tenant.onmicrosoft.com) pass; anything else gets no link.
    /// </summary>
    public static bool IsUserPrincipalName(string? value) =>
        value is { Length: > 0 and <= MaxUpnLength } && UpnPattern().IsMatch(value) && !value.Contains("..", StringComparison.Ordinal);

    [GeneratedRegex(@"^[A-Za-z0-9'_!#^~-](?:[A-Za-z0-9'._!#^~-]{0,62}[A-Za-z0-9'_!#^~-])?@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex UpnPattern();
}
