namespace ExpertBot.CompanySim.Work;

/// <summary>One piece of evidence in signals.jsonl.</summary>
internal sealed record WorkItem(string Id, string PersonId, DateTimeOffset Timestamp, string Kind, string? Title, string Text, string? Url);
