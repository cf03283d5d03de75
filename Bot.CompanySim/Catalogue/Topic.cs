namespace ExpertBot.CompanySim.Catalogue;

/// <summary>
/// A topic of the catalogue: a canonical English name, a French name, the aliases people type, the family it belongs
/// to (a product among siblings) and the words its practitioners use in each language. A family has no vocabulary
/// and nobody is planted on it.
/// </summary>
internal sealed record Topic(
    string Id,
    string English,
    string French,
    IReadOnlyList<string> Aliases,
    string? Parent,
    string Field,
    IReadOnlyList<string> Vocabulary,
    IReadOnlyList<string> FrenchVocabulary,
    bool IsFamily)
{
    public bool HasDistinctFrenchName => !string.Equals(English, French, StringComparison.OrdinalIgnoreCase);
}
