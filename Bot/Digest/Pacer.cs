namespace ExpertBot.Digest;

/// <summary>
/// Spaces calls evenly at a given rate across all the workers of a fan-out, so the digest stays under Teams'
/// per-app limit instead of bursting into 429s (which the connector client would still retry, honouring Retry-After).
/// </summary>
internal sealed class Pacer(double perSecond, TimeProvider time)
{
    private readonly TimeSpan interval = perSecond > 0 ? TimeSpan.FromSeconds(1 / perSecond) : TimeSpan.Zero;
    private readonly Lock gate = new();
    private DateTimeOffset next = DateTimeOffset.MinValue;

    public Task WaitAsync(CancellationToken cancellationToken = default)
    {
        if (interval == TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        TimeSpan delay;
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (next < now)
            {
                next = now;
            }

            delay = next - now;
            next += interval;
        }

        return delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;
    }
}
