using System.Globalization;
using System.Text;

namespace ExpertBot.Gaming.Text;

/// <summary>https links: internal (Viva Engage, Teams, SharePoint, OneDrive) and external articles people share.</summary>
internal static class LinkFactory
{
    private const string Hex = "0123456789abcdef";
    private const string VideoAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static string EngageThread(Random random) =>
        $"https://engage.cloud.microsoft/main/threads/{Digits(random, 12)}";

    public static string TeamsMessage(Random random) =>
        $"https://teams.microsoft.com/l/message/19:{Chars(random, Hex, 32)}@thread.tacv2/{Digits(random, 13)}";

    public static string SharePointDocument(string tenant, string department, string fileName) =>
        $"https://{tenant}.sharepoint.com/sites/{Slug.From(department)}/Shared%20Documents/{fileName}";

    public static string OneDriveDocument(string tenant, string userPrincipalName, string fileName)
    {
        var personal = new StringBuilder(userPrincipalName.Length);
        foreach (var c in userPrincipalName.ToLowerInvariant())
        {
            personal.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return $"https://{tenant}-my.sharepoint.com/personal/{personal}/Documents/{fileName}";
    }

    /// <summary>An article, video or event page on the public web, named after the topic.</summary>
    public static string ExternalArticle(string slug, Random random) => random.Next(5) switch
    {
        0 => $"https://www.linkedin.com/pulse/{slug}-{Chars(random, Hex, 6)}",
        1 => $"https://medium.com/@{Chars(random, Hex, 8)}/{slug}-{Chars(random, Hex, 12)}",
        2 => $"https://www.youtube.com/watch?v={Chars(random, VideoAlphabet, 11)}",
        3 => $"https://www.eventbrite.com/e/{slug}-tickets-{Digits(random, 12)}",
        _ => $"https://www.techtarget.com/searchitoperations/feature/{slug}",
    };

    private static string Digits(Random random, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 10)}{Chars(random, "0123456789", count - 1)}");

    private static string Chars(Random random, string alphabet, int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
