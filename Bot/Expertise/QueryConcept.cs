namespace ExpertBot.Expertise;

/// <summary>
/// One thing a query asks for, with the analysed term sequences that all mean it ("k8s", "kubernetes",
/// "container orchestration"). An item matches an alternative when it contains all of its terms.
/// </summary>
internal sealed record QueryConcept(string? Key, IReadOnlyList<string[]> Alternatives);
