namespace ExpertBot.Demo;

/// <summary>
/// A workplace topic of the synthetic organisation, with every way people name it: the English canonical
/// name, aliases and acronyms, the French name (with its article, for sentences) and French aliases, plus
/// the vocabulary experts use when they write about it.
/// </summary>
internal sealed record Topic(
    string Key,
    string Name,
    IReadOnlyList<string> Aliases,
    string FrenchName,
    string FrenchArticle,
    IReadOnlyList<string> FrenchAliases,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> FrenchTerms)
{
    /// <summary>Every name the topic goes by, canonical first: what a mention of the topic looks like.</summary>
    public IReadOnlyList<string> SurfaceForms { get; } = [Name, .. Aliases, FrenchName, .. FrenchAliases];

    /// <summary>The canonical name as it reads mid-sentence: "contract law", but still "Kubernetes" and "Power BI".</summary>
    public string NameInSentence { get; } = ProperNames.Contains(Key) ? Name : char.ToLowerInvariant(Name[0]) + Name[1..];

    private static readonly HashSet<string> ProperNames =
        ["kubernetes", "terraform", "ci-cd", "react", "python", "m365", "power-bi", "sql", "gdpr", "ifrs", "seo"];
}
