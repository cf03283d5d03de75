namespace ExpertBot.Graph;

/// <summary>
/// What the sync knows of one source (people, a team, a channel, a library...): when it last read it completely, how many
/// items it holds, and, while it fails, why, since when and when it is tried again. Failures counts the failures in a row;
/// zero means the last attempt succeeded (LastError then tells the last failure, for history).
/// </summary>
internal sealed record SyncSourceStatus(
    string Source,
    string Name,
    DateTimeOffset? LastAttempt = null,
    DateTimeOffset? LastSuccess = null,
    int? Items = null,
    DateTimeOffset? LastFailure = null,
    string? LastError = null,
    bool Permanent = false,
    int Failures = 0,
    DateTimeOffset? NextRetry = null)
{
    public bool Failing => Failures > 0;
}
