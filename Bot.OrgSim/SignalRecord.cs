namespace ExpertBot.OrgSim;

/// <summary>A line of signals.jsonl (one evidence item).</summary>
internal sealed record SignalRecord(
    string Id,
    string PersonId,
    string Timestamp,
    string Kind,
    string? Title,
    string? Text,
    string? Url,
    string? Source);
