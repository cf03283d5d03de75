namespace ExpertBot.Digest;

/// <summary>What one pass of the weekly send did. Pending: held by another sender or failed, to be retried.</summary>
internal sealed record DigestRunSummary(int Sent, int Empty, int Removed, int AlreadyDone, int Pending)
{
    public static DigestRunSummary None { get; } = new(0, 0, 0, 0, 0);

    public DigestRunSummary Add(DigestRunSummary other) =>
        new(Sent + other.Sent, Empty + other.Empty, Removed + other.Removed, AlreadyDone + other.AlreadyDone, Pending + other.Pending);
}
