using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ExpertBot.Cards;

/// <summary>
/// How big a card may be. Teams refuses a bot message over its size limit with 413 MessageSizeTooBig. Microsoft's
/// figures differ by page and year: 100 KB (80 KB recommended) and formerly 40 KB, counted in UTF-16 without
/// base64 images (learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages), and about
/// 28 KB everything included for Teams connectors' posts. A card here meets the strictest of them all.
/// </summary>
internal static partial class CardSize
{
    /// <summary>The whole activity as sent, images included, in UTF-8: the ~28 KB figure.</summary>
    public const int MaxActivityBytes = 28 * 1024;

    /// <summary>The card alone: 4 KiB are left for the activity around it (ids, service URL, summary; bounded inbound).</summary>
    public const int MaxCardBytes = 24 * 1024;

    /// <summary>The card's characters outside base64 images: twice that (UTF-16) stays under the old 40 KB figure.</summary>
    public const int MaxCardTextChars = 18 * 1024;

    // The connector's own escaping (Teams/ActivityJson): non-ASCII letters are sent as they are, not as \uXXXX.
    private static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool Fits(JsonObject card)
    {
        var json = card.ToJsonString(Wire);
        return Encoding.UTF8.GetByteCount(json) <= MaxCardBytes && TextLength(json) <= MaxCardTextChars;
    }

    /// <summary>The characters of serialized JSON outside data: URIs of base64 images.</summary>
    public static int TextLength(string json) => json.Length - DataUri().Matches(json).Sum(m => m.Length);

    [GeneratedRegex("data:image/[a-z]+;base64,[A-Za-z0-9+/=]*", RegexOptions.CultureInvariant)]
    private static partial Regex DataUri();
}
