using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using ExpertBot.Hosting;

namespace ExpertBot.Teams;

/// <summary>
/// One issuer's OpenID metadata and signing keys: fetched on first use, again once a day, and at once when a
/// token names a key id not seen yet (keys roll over), at most once per refresh interval so a stream of forged
/// key ids cannot hammer the issuer. The fetch completes before validation goes on: IdentityModel 8's
/// ConfigurationManager refreshes in the background after RequestRefresh, so the token that revealed the new
/// key would still be refused.
/// </summary>
/// <remarks>
/// One fetch at a time, and while no keys were ever fetched a failed attempt is remembered for
/// <see cref="DefaultFailureBackoff"/> (or the refresh interval, if shorter): with the issuer down,
/// requests are refused at once from that failure instead of each one making its own outbound call.
/// </remarks>
internal sealed partial class PublishedKeys(string metadataUrl, IDocumentRetriever retriever, TimeSpan refreshInterval, TimeProvider time, ILogger logger) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    private readonly TimeSpan failureBackoff = refreshInterval < DefaultFailureBackoff ? refreshInterval : DefaultFailureBackoff;
    private readonly SemaphoreSlim gate = new(1, 1);
    // One immutable snapshot, so the lock-free read in GetAsync never sees keys and age from different fetches.
    private volatile Fetched? current;
    private DateTimeOffset lastAttempt;
    private Exception? lastFailure;

    /// <summary>How long a failed first fetch is answered from memory before the issuer is asked again.</summary>
    public static TimeSpan DefaultFailureBackoff { get; } = TimeSpan.FromSeconds(10);

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken = default) =>
        current is { } known && time.GetUtcNow() - known.At < MaxAge
            ? Task.FromResult(known.Configuration)
            : FetchAsync(MaxAge, cancellationToken);

    /// <summary>Fetches again if the last attempt is older than the refresh interval; otherwise returns what is known.</summary>
    public Task<OpenIdConnectConfiguration> RefreshAsync(CancellationToken cancellationToken = default) => FetchAsync(refreshInterval, cancellationToken);

    public void Dispose() => gate.Dispose();

    private async Task<OpenIdConnectConfiguration> FetchAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (current is { } known && (now - known.At < olderThan || now - lastAttempt < refreshInterval))
            {
                return known.Configuration;
            }

            if (current is null && lastFailure is not null && now - lastAttempt < failureBackoff)
            {
                // Never fetched, and the last attempt failed moments ago: the issuer is not asked again yet.
                throw new IOException("The signing keys could not be fetched; the issuer is not asked again yet.", lastFailure);
            }

            lastAttempt = now;
            try
            {
                current = new Fetched(await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, retriever, cancellationToken), now);
                lastFailure = null;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                lastFailure = ex;
                LogFetchFailed(logger, metadataUrl, current is not null, ex.GetType().Name, ex);
                if (current is null)
                {
                    throw;
                }

                // The issuer is unreachable: the keys known so far stay valid until it answers again.
            }

            return current.Configuration;
        }
        finally
        {
            gate.Release();
        }
    }

    // The metadata URL is public configuration; the exception carries no token (none is sent to the issuer).
    [LoggerMessage(EventId = EventIds.Teams.KeyFetchFailed, Level = LogLevel.Warning, Message = "Fetching the signing keys from {MetadataUrl} failed ({Error}); keeping known keys: {HaveKeys}")]
    private static partial void LogFetchFailed(ILogger logger, string metadataUrl, bool haveKeys, string error, Exception exception);

    private sealed record Fetched(OpenIdConnectConfiguration Configuration, DateTimeOffset At);
}
