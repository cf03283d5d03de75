namespace ExpertBot.OrgSim;

/// <summary>A line of catalogue.jsonl.</summary>
internal sealed record CatalogueRecord(string Id, string English, string French, IReadOnlyList<string> Aliases, string? Parent, string Field);
