namespace ExpertBot.Gaming.Snapshot;

/// <summary>A line of catalogue.jsonl: a topic, or a family when other topics name it as their parent.</summary>
internal sealed record CatalogueTopic(
    string Id,
    string English,
    string French,
    IReadOnlyList<string> Aliases,
    string? Parent,
    string Field);
