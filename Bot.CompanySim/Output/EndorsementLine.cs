namespace ExpertBot.CompanySim.Output;

/// <summary>A line of endorsements.jsonl.</summary>
internal sealed record EndorsementLine(string EndorserId, string EndorseeId, string Topic, string Timestamp);
