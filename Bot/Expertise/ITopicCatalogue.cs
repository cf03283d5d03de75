using ExpertBot.Localization;

namespace ExpertBot.Expertise;

/// <summary>
/// The digest's only dependency on topic knowledge: which topics an organisation works on, which of them an
/// evidence item is work on, and which topic a person's words name. The detection does not care where topics
/// come from; the product's implementation (<see cref="VocabularyTopicCatalogue"/>) takes them from the search
/// index's lexicon and the organisation's own vocabulary.
/// </summary>
internal interface ITopicCatalogue
{
    IReadOnlyList<CatalogueTopic> Topics { get; }

    /// <summary>The topics an item is work on, each once, and whether it names each outright.</summary>
    IReadOnlyList<TopicMatch> Match(EvidenceItem item);

    /// <summary>The topic that words such as "k8s" or "Kubernetes" name, or null when none does.</summary>
    int? Resolve(string words);
}

/// <summary>
/// A topic an item is work on (an index into <see cref="ITopicCatalogue.Topics"/>) and whether the item names it (by a
/// name or alias) rather than only showing its vocabulary: of several topics the same work shows (Kubernetes and AKS,
/// a family and its member), the one the person names most is theirs.
/// </summary>
internal readonly record struct TopicMatch(int Topic, bool Named);

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
