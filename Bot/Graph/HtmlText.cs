using System.Net;
using System.Text.RegularExpressions;

namespace ExpertBot.Graph;

/// <summary>
/// Channel messages arrive as HTML; evidence keeps their own text only (<see cref="WithoutQuotes"/>). A reply in Teams quotes the message it answers
/// in a &lt;blockquote&gt; (itemtype http://schema.skype.com/Reply): that text is someone else's and is dropped, nested
/// quotes included, so that it is not credited to the person replying.
/// </summary>
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

    /// <summary>The message's own HTML, without the messages it quotes.</summary>
    public static string? WithoutQuotes(string? html)
    {
        if (html is null || html.IndexOf("<blockquote", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return html;
        }

        // Innermost quotes first, until none is left: a quote of a reply holds a quote of its own.
        for (var previous = string.Empty; previous != html;)
        {
            previous = html;
            html = Quotes().Replace(html, " ");
        }

        return html;
    }

    [GeneratedRegex(@"<blockquote\b[^>]*>(?:(?!<blockquote\b).)*?</blockquote\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Quotes();

    [GeneratedRegex(@"<(br|/p|/div|/li)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
