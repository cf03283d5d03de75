using ExpertBot.Localization;

namespace ExpertBot.Expertise;

/// <summary>
/// A topic as the digest shows it: its name in each language (the lexicon's names for a topic search knows, else
/// the organisation's own spelling), its lexicon key when it has one, and the phrases that name it.
/// </summary>
internal sealed record CatalogueTopic(string Name, IReadOnlyList<string> Phrases)
{
    public string French { get; init; } = Name;

    /// <summary>The lexicon's key ("kubernetes") for a topic search knows; null for one only the organisation's vocabulary names.</summary>
    public string? Key { get; init; }

    /// <summary>How many people's work is on the topic: of two topics the same work shows, the narrower one names it better.</summary>
    public int People { get; init; }

    public string NameIn(Language language) => language == Language.French ? French : Name;
}
