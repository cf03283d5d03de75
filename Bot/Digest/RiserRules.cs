namespace ExpertBot.Digest;

/// <summary>
/// What counts as rising. A riser shows work on a topic spread over several days and weeks of the recent window,
/// clearly above their own pace on it in the year before: someone new to the topic, or someone already working on
/// it who clearly accelerates. The figures behind the defaults are in docs/digest.md.
/// </summary>
internal sealed record RiserRules
{
    public static RiserRules Default { get; } = new();

    /// <summary>The recent window: the six weeks the digest reports on.</summary>
    public int RecentDays { get; init; } = 42;

    /// <summary>The person's own pace on the topic is measured over this long before the window.</summary>
    public int HistoryDays { get; init; } = 365;

    /// <summary>Distinct days of the window with work: a burst on one day, however big, is one day.</summary>
    public int MinDays { get; init; } = 5;

    /// <summary>Distinct weeks of the window with work: a single busy week is not a rise.</summary>
    public int MinWeeks { get; init; } = 2;

    /// <summary>At most this much weighted work counts per day, so that a burst weighs like a good day.</summary>
    public double DayCap { get; init; } = 1.5;

    /// <summary>Weighted work above the person's usual pace, for someone new to the topic.</summary>
    public double MinLift { get; init; } = 4.5;

    /// <summary>
    /// The same for someone who already worked on the topic: they already show up in search, so only a marked
    /// change in their own pace (several more items than usual, not a good month) makes news.
    /// </summary>
    public double EstablishedMinLift { get; init; } = 4.5;

    /// <summary>Recent work must be at least this multiple of the person's usual pace: a steady expert is not rising.</summary>
    public double MinRatio { get; init; } = 3.0;

    /// <summary>...and this multiple of their best stretch of the same length in the year before: a good month is not a rise.</summary>
    public double PeakRatio { get; init; } = 3.5;

    /// <summary>
    /// Someone new to a topic who names it outright in their work on this many days rises with <see cref="NamedMinLift"/>
    /// and <see cref="NamedMinDays"/>: work that says what it is about needs less of it to be read as a rise.
    /// </summary>
    public int NamedItems { get; init; } = 4;

    public double NamedMinLift { get; init; } = 2.5;

    public int NamedMinDays { get; init; } = 4;

    /// <summary>Items of work (questions aside: asking is learning) before the window that still leave someone new to a topic.</summary>
    public int NewcomerPriorItems { get; init; } = 1;

    public double EndorsementWeight { get; init; } = 0.5;

    /// <summary>Someone with nothing on the topic before is the most interesting riser.</summary>
    public double NewcomerBonus { get; init; } = 1.5;

    public int RisersPerTopic { get; init; } = 5;

    public int EvidencePerRiser { get; init; } = 3;

    /// <summary>Weeks of history in each topic's trend chart.</summary>
    public int TrendWeeks { get; init; } = 12;

    /// <summary>
    /// How much an item says about expertise: the ranking's weight for its kind and substance (a one-line post
    /// counts in proportion to its length), one table for both.
    /// </summary>
    public static double Weight(Expertise.EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Expertise.ExpertiseSettings.Default.ItemWeight(item.Kind, Expertise.ExpertIndexBuilder.IndexedWords(item.Title, item.Text));
    }
}
