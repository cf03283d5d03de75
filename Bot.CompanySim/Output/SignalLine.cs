namespace ExpertBot.CompanySim.Output;

/// <summary>A line of signals.jsonl; the timestamp is already ISO 8601 UTC with a 'Z'.</summary>
internal sealed record SignalLine(string Id, string PersonId, string Timestamp, string Kind, string? Title, string Text, string? Url);
