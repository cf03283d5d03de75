using System.Collections.Concurrent;

namespace ExpertBot.Teams;

/// <summary>
/// The service URLs the bot may send its token to: only those that arrived in an authenticated activity
/// (or in a conversation reference stored from one). Anything else would hand the bot's token to a stranger.
/// </summary>
internal sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> urls = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl)
    {
        if (Normalise(serviceUrl) is { } url)
        {
            urls.TryAdd(url, 0);
        }
    }

    public bool IsTrusted(string serviceUrl) => Normalise(serviceUrl) is { } url && urls.ContainsKey(url);

    private static string? Normalise(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback)
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : null;
}
