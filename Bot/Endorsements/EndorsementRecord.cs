namespace ExpertBot.Endorsements;

/// <summary>
/// A stored endorsement: who vouched for whom, on which topic (as asked, and its normalised key). The endorser's
/// name as Teams gave it is kept for endorsers the directory snapshot does not know (guests, new joiners).
/// </summary>
internal sealed record EndorsementRecord(
    string TenantId,
    string EndorserId,
    string EndorseeId,
    string TopicKey,
    string Topic,
    DateTimeOffset CreatedAt,
    string? EndorserName = null);
