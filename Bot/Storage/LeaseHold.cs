using Azure;

namespace ExpertBot.Storage;

/// <summary>
/// A lease this instance holds while a job runs. It is renewed in the background at a third of its term, so
/// a job may run for as long as it needs while a crashed holder still loses it within one term. <see cref="Lost"/>
/// is cancelled as soon as a renewal finds the lease taken over (or storage kept refusing until it may have
/// expired): the job must stop, since another instance may now be doing the same work. Disposing stops the
/// renewals and gives the lease back.
/// </summary>
internal sealed class LeaseHold : IAsyncDisposable
{
    private readonly LeaseStore leases;
    private readonly string scope;
    private readonly string name;
    private readonly string owner;
    private readonly TimeSpan term;
    private readonly TimeProvider time;
    private readonly CancellationTokenSource lost = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task renewing;
    private DateTimeOffset expiresAt;

    internal LeaseHold(LeaseStore leases, string scope, string name, string owner, TimeSpan term, DateTimeOffset acquiredAt, TimeProvider time)
    {
        (this.leases, this.scope, this.name, this.owner, this.term, this.time) = (leases, scope, name, owner, term, time);
        expiresAt = acquiredAt + term;
        renewing = RenewAsync();
    }

    /// <summary>Cancelled when the lease is no longer surely ours.</summary>
    public CancellationToken Lost => lost.Token;

    public bool IsLost => lost.IsCancellationRequested;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await renewing;
        if (!IsLost)
        {
            try
            {
                await leases.ReleaseAsync(scope, name, owner, CancellationToken.None);
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException)
            {
                // Storage is down: the lease expires on its own within a term.
            }
        }

        stopping.Dispose();
        lost.Dispose();
    }

    private async Task RenewAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(term / 3, time, stopping.Token);
                var renewedAt = time.GetUtcNow();
                bool held;
                try
                {
                    held = await leases.RenewAsync(scope, name, owner, term, stopping.Token);
                    if (held)
                    {
                        expiresAt = renewedAt + term;
                    }
                }
                catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException)
                {
                    // Unknown: still ours only if it cannot expire before the next attempt.
                    held = time.GetUtcNow() + (term / 3) < expiresAt;
                }

                if (!held)
                {
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The job ended.
        }
    }
}
