namespace ExpertBot.OrgSim;

/// <summary>
/// One catalogue entry. Families (umbrellas such as "Databases") group sibling topics; nobody is assigned to a family
/// and no query targets one. Terms are noun phrases (French ones carry their article); acts are verb phrases.
/// </summary>
internal sealed record Topic(
    int Index,
    string Id,
    string English,
    string French,
    bool EnglishIsCommonNoun,
    bool FrenchIsCommonNoun,
    IReadOnlyList<string> Aliases,
    string? ParentId,
    string Field,
    bool IsFamily,
    string[] TermsEn,
    string[] TermsFr,
    string[] ActsEn,
    string[] ActsFr)
{
    public int ParentIndex { get; set; } = -1;

    public string Name(bool french) => french ? French : English;

    /// <summary>The name as written inside a sentence: common nouns lose their capital ("competition law").</summary>
    public string InSentence(bool french)
    {
        var name = Name(french);
        var common = french ? FrenchIsCommonNoun : EnglishIsCommonNoun;
        return common && name.Length > 1 && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
    }

    public bool HasDistinctFrenchName =>
        !string.Equals(TextCase.Fold(English), TextCase.Fold(French), StringComparison.Ordinal);

    public string[] Terms(bool french) => french ? TermsFr : TermsEn;

    public string[] Acts(bool french) => french ? ActsFr : ActsEn;
}
