using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ExpertBot.Teams;

/// <summary>
/// One issuer's OpenID metadata and signing keys: fetched on first use, again once a day, and at once when a
/// token names a key id not seen yet (keys roll over), at most once per refresh interval so a stream of forged
/// key ids cannot hammer the issuer. The fetch completes before validation goes on: IdentityModel 8's
/// ConfigurationManager refreshes in the background after RequestRefresh, so the token that revealed the new
/// key would still be refused.
/// </summary>
internal sealed class PublishedKeys(string metadataUrl, IDocumentRetriever retriever, TimeSpan refreshInterval, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    private readonly SemaphoreSlim gate = new(1, 1);
    // One immutable snapshot, so the lock-free read in GetAsync never sees keys and age from different fetches.
    private volatile Fetched? current;
    private DateTimeOffset lastAttempt;

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

            lastAttempt = now;
            try
            {
                current = new Fetched(await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, retriever, cancellationToken), now);
            }
            catch (Exception) when (current is not null && !cancellationToken.IsCancellationRequested)
            {
                // The issuer is unreachable: the keys known so far stay valid until it answers again.
            }

            return current!.Configuration;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Fetched(OpenIdConnectConfiguration Configuration, DateTimeOffset At);
}
