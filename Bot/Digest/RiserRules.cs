namespace ExpertBot.Digest;

/// <summary>
/// What counts as rising. A riser shows several new items of real work in the recent window, spread over
/// more than one week, clearly above both their own trailing baseline and the topic's usual activity.
/// </summary>
internal sealed record RiserRules
{
    public static RiserRules Default { get; } = new();

    /// <summary>The recent window ("this month"): the weeks the digest reports on.</summary>
    public int RecentDays { get; init; } = 28;

    /// <summary>The person's own trailing baseline, just before the recent window.</summary>
    public int BaselineDays { get; init; } = 56;

    /// <summary>How far back the topic's usual activity per person is measured.</summary>
    public int TopicHistoryDays { get; init; } = 365;

    /// <summary>Items of work (meetings excluded) needed in the recent window: one viral post is not a rise.</summary>
    public int MinItems { get; init; } = 3;

    /// <summary>Distinct weeks of the recent window with work: a single busy week is not a rise.</summary>
    public int MinWeeks { get; init; } = 2;

    /// <summary>Weighted items above what was expected from the topic, for someone new to it.</summary>
    public double MinLift { get; init; } = 1.5;

    /// <summary>
    /// The same for someone who already worked on the topic: they already show up in search, so only a
    /// marked change in their own pace (several more items than usual, not a good month) makes news.
    /// </summary>
    public double EstablishedMinLift { get; init; } = 5.0;

    /// <summary>Recent activity must be at least this multiple of what was expected.</summary>
    public double MinRatio { get; init; } = 2.0;

    public double EndorsementWeight { get; init; } = 0.5;

    /// <summary>Someone with nothing on the topic before is the most interesting riser.</summary>
    public double NewcomerBonus { get; init; } = 1.5;

    public int RisersPerTopic { get; init; } = 5;

    public int EvidencePerRiser { get; init; } = 3;

    /// <summary>Weeks of history in each topic's trend chart.</summary>
    public int TrendWeeks { get; init; } = 12;

    /// <summary>How much an item of each kind says about expertise: the ranking's weights, one table for both.</summary>
    public static double Weight(string kind) => Expertise.ExpertiseSettings.Default.KindWeight(kind);
}
