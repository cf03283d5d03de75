using System.Text.RegularExpressions;
using ExpertBot.Expertise;

namespace ExpertBot.Conversation;

/// <summary>
/// The topics after "subscribe" / "abonne-moi" / "unsubscribe", as people write them: the filler words of the command
/// are dropped ("to the weekly digest on", "au résumé hebdomadaire sur"); topics are separated by commas or
/// semicolons, and by "and" / « et » where search's topic model reads two known topics ("Kubernetes and Terraform")
/// but not inside one ("learning and development", « santé et sécurité au travail »). "k8s" stays as written: the
/// digest resolves it with the same topic model.
/// </summary>
internal static partial class SubscriptionWords
{
    [GeneratedRegex(@"^(?:\s*\b(?:me|to|the|my|weekly|digest|summary|newsletter|of|rising|experts?|on|for|about|in|au|aux|à|a|la|le|les|du|des|de|résumé|resume|hebdomadaire|lettre|experts?|en|progression|montants?|sur|pour|moi)\b\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    public static IReadOnlyList<string> Topics(string rest)
    {
        var words = Filler().Replace(rest.Trim().TrimEnd('.', '!', '?', ' ').Trim(':', ' '), string.Empty);
        return [.. words.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(t => QueryTopics.Parts(Unquote(t), TopicLexicon.Curated))
            .Select(Unquote)
            .Where(t => t.Length is > 0 and <= 80)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(10)];
    }

    private static string Unquote(string topic) => topic.Trim('"', '\'', '«', '»', '“', '”', ' ', '\u00A0');
}
