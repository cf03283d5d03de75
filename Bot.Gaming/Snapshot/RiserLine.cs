namespace ExpertBot.Gaming.Snapshot;

/// <summary>The one field of a risers.jsonl line that planting needs: risers are left alone.</summary>
internal sealed record RiserLine(string PersonId);
