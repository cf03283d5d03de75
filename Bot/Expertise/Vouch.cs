namespace ExpertBot.Expertise;

/// <summary>
/// One endorsement as the ranking sees it: who gave it, how much of it survives the reciprocity and clique
/// discounts (0..1), and how credible the endorser is on the topic from what others say of them (0..1).
/// </summary>
internal sealed record Vouch(string EndorserId, double Discount, double EndorserStanding, DateTimeOffset Timestamp);

/// <summary>What a result card says about endorsements: how many colleagues vouched, and the most credible of them.</summary>
internal sealed record VouchSummary(int Count, IReadOnlyList<string> TopEndorserIds)
{
    public static VouchSummary None { get; } = new(0, []);
}
