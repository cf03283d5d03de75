namespace ExpertBot.OrgSim;

/// <summary>A line of endorsements.jsonl; the topic is free text as the endorser typed it.</summary>
internal sealed record EndorsementRecord(string EndorserId, string EndorseeId, string Topic, string Timestamp);
