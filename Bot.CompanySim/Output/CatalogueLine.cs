namespace ExpertBot.CompanySim.Output;

/// <summary>A line of catalogue.jsonl: a topic or a family.</summary>
internal sealed record CatalogueLine(string Id, string English, string French, IReadOnlyList<string> Aliases, string? Parent, string Field);
