using System.Text.RegularExpressions;

namespace ExpertBot.Conversation;

/// <summary>
/// The topics after "subscribe" / "abonne-moi" / "unsubscribe": the filler words of the command are dropped
/// ("to the weekly digest on", "au résumé hebdomadaire sur") and topics are separated by commas or semicolons
/// (not by "and": "learning and development" is one topic).
/// </summary>
internal static partial class SubscriptionWords
{
    [GeneratedRegex(@"^(?:\s*\b(?:me|to|the|my|weekly|digest|summary|newsletter|of|rising|experts?|on|for|about|in|au|aux|à|a|la|le|les|du|des|de|résumé|resume|hebdomadaire|lettre|experts?|en|progression|montants?|sur|pour|moi)\b\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    public static IReadOnlyList<string> Topics(string rest)
    {
        var words = Filler().Replace(rest.Trim().TrimEnd('.', '!', '?', ' ').Trim(':', ' '), string.Empty);
        return [.. words.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.Trim('"', '\'', '«', '»', ' '))
            .Where(t => t.Length is > 0 and <= 80)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(10)];
    }
}
