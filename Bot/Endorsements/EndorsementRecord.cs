namespace ExpertBot.Endorsements;

/// <summary>A stored endorsement: who vouched for whom, on which topic (as asked, and its normalised key).</summary>
internal sealed record EndorsementRecord(
    string TenantId,
    string EndorserId,
    string EndorseeId,
    string TopicKey,
    string Topic,
    DateTimeOffset CreatedAt);
