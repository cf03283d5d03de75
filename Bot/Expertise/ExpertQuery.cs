namespace ExpertBot.Expertise;

/// <summary>
/// A question to the index: the topic as asked, the moment it is asked (recency is measured from it; later
/// items are ignored), how many people to return, the endorsements layer (the index's own when null) and
/// people who must never be returned (hidden by their own choice).
/// </summary>
internal sealed record ExpertQuery(string Topic, DateTimeOffset AsOf, int Top = 5, SocialGraph? Social = null, IReadOnlySet<string>? Excluded = null)
{
    /// <summary>When set, only these people may be in the answer ("my expertise" scores one person as search would).</summary>
    public IReadOnlySet<string>? Only { get; init; }

    /// <summary>
    /// Thanks on this topic from routed questions: person id → how many colleagues said they helped. Social evidence
    /// kept apart from endorsements; it lifts only what the person's own work shows (<see cref="EvidenceFormula.ThanksLift"/>).
    /// </summary>
    public IReadOnlyDictionary<string, int>? Thanked { get; init; }
}
