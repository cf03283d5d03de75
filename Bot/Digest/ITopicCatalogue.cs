using ExpertBot.Expertise;

namespace ExpertBot.Digest;

/// <summary>
/// The digest's only dependency on topic knowledge: which topics an organisation works on, which of them an
/// evidence item speaks of, and which topic a person's words name. Swapped for the ranking engine's lexicon
/// when it lands; the detection does not care where topics come from.
/// </summary>
internal interface ITopicCatalogue
{
    IReadOnlyList<DigestTopic> Topics { get; }

    /// <summary>The topics an item speaks of (indices into <see cref="Topics"/>), each once.</summary>
    IReadOnlyList<int> Match(EvidenceItem item);

    /// <summary>The topic that words such as "k8s" or "Kubernetes" name, or null when none does.</summary>
    int? Resolve(string words);
}

/// <summary>A topic as the digest shows it: a display name and the phrases that mention it.</summary>
internal sealed record DigestTopic(string Name, IReadOnlyList<string> Phrases);
