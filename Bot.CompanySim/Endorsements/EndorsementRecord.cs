namespace ExpertBot.CompanySim.Endorsements;

/// <summary>One line of endorsements.jsonl: the topic as the endorser typed it.</summary>
internal sealed record EndorsementRecord(string EndorserId, string EndorseeId, string Topic, DateTimeOffset Timestamp);
