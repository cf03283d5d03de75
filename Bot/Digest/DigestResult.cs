using ExpertBot.Expertise;

namespace ExpertBot.Digest;

/// <summary>The rising experts of one week, per topic, best first.</summary>
internal sealed record DigestResult(DateOnly WeekEnding, IReadOnlyList<TopicRisers> Topics)
{
    public static DigestResult Empty(DateOnly weekEnding) => new(weekEnding, []);
}

/// <summary>A topic with its risers and the weekly counts of their work, oldest week first, for the trend chart.</summary>
internal sealed record TopicRisers(int TopicId, string Topic, IReadOnlyList<Riser> Risers, IReadOnlyList<DateOnly> Weeks);

/// <summary>
/// A person rising on a topic, with what the reason line says: counts of new items by kind, endorsements
/// that count (ring and reciprocal ones do not), whether the topic is new to them, and the items to link.
/// </summary>
internal sealed record Riser(
    Person Person,
    double Score,
    bool IsNewcomer,
    IReadOnlyDictionary<string, int> ItemsByKind,
    int Endorsements,
    IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<int> WeeklyItems)
{
    public int ItemCount => ItemsByKind.Values.Sum();
}
