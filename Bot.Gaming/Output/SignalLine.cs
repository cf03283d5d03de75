namespace ExpertBot.Gaming.Output;

/// <summary>A line appended to signals.jsonl, fields in the snapshot's order.</summary>
internal sealed record SignalLine(
    string Id,
    string PersonId,
    string Timestamp,
    string Kind,
    string? Title,
    string Text,
    string? Url,
    string Source);
