namespace ExpertBot.Gaming.Output;

/// <summary>A line appended to endorsements.jsonl; <see cref="Topic"/> is free text, as the endorser typed it.</summary>
internal sealed record EndorsementLine(string EndorserId, string EndorseeId, string Topic, string Timestamp);
