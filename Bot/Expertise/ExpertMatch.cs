namespace ExpertBot.Expertise;

/// <summary>A person recommended for a topic, with the evidence that put them there (never a private item).</summary>
internal sealed record ExpertMatch(Person Person, double Score, IReadOnlyList<EvidenceHit> Evidence);

/// <summary>One evidence item and how well it matched the topic.</summary>
internal sealed record EvidenceHit(EvidenceItem Item, double Score);
