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
