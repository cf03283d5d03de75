using System.Net;
using System.Text.RegularExpressions;

namespace ExpertBot.Graph;

/// <summary>Channel messages arrive as HTML; evidence keeps their text only.</summary>
internal static partial class HtmlText
{
    public static string Strip(string? html, int maxLength = 4000)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var text = Tags().Replace(BlockEnds().Replace(html, " "), string.Empty);
        text = Spaces().Replace(WebUtility.HtmlDecode(text), " ").Trim();
        return text.Length <= maxLength ? text : text[..maxLength];
    }

    [GeneratedRegex(@"<(br|/p|/div|/li)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
