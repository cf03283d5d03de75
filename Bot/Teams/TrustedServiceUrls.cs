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

    // Only http(s): Uri.IsLoopback is true for file: URIs, which once made "file:///…" trusted in local mode.
    private static string? Normalise(string serviceUrl) =>
        InboundActivityRules.IsServiceUrl(serviceUrl, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || InboundActivityRules.IsLoopbackServiceUrl(serviceUrl))
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : null;
}
