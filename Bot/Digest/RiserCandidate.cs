using ExpertBot.Expertise;

namespace ExpertBot.Digest;

/// <summary>
/// One person's work on one topic as the detection weighs it: the recent window's work (weighted, each day capped),
/// on how many days and weeks, their usual pace before, whether the topic is new to them, and the verdict.
/// </summary>
internal sealed class RiserCandidate(string personId, int topic, int trendWeeks, int historyWeeks)
{
    private readonly Dictionary<int, double> recentDays = [];
    private readonly double[] priorWeeks = new double[historyWeeks];

    public string PersonId { get; } = personId;

    public int Topic { get; } = topic;

    /// <summary>Weighted work in the window, each day counting at most <see cref="RiserRules.DayCap"/>.</summary>
    public double Recent { get; private set; }

    /// <summary>Weighted work over <see cref="RiserRules.HistoryDays"/> before the window.</summary>
    public double Prior { get; private set; }

    /// <summary>Items of work before the window, ever, questions aside.</summary>
    public int PriorItems { get; private set; }

    /// <summary>The person's best stretch as long as the window in the year before it: experts have good months.</summary>
    public double PriorPeak { get; private set; }

    public List<EvidenceItem> RecentItems { get; } = [];

    /// <summary>Recent items that name the topic outright, not only its vocabulary.</summary>
    public int RecentNamed { get; private set; }

    public HashSet<int> Weeks { get; } = [];

    public int Days => recentDays.Count;

    public int[] Trend { get; } = new int[trendWeeks];

    /// <summary>What the person's own pace predicts for the window.</summary>
    public double Expected { get; private set; }

    public bool IsNewcomer { get; private set; }

    public double Lift => Recent - Expected;

    public bool Rises { get; private set; }

    public void AddRecent(EvidenceItem item, double weight, int day, int week, double dayCap, bool named)
    {
        RecentItems.Add(item);
        RecentNamed += named ? 1 : 0;
        Weeks.Add(week);
        var before = recentDays.GetValueOrDefault(day);
        var after = Math.Min(dayCap, before + weight);
        recentDays[day] = after;
        Recent += after - before;
    }

    /// <summary>An item before the window; <paramref name="week"/> counts weeks back from the window's start (0 the nearest).</summary>
    public void AddPrior(EvidenceItem item, double weight, int week)
    {
        if (week < priorWeeks.Length)
        {
            Prior += weight;
            priorWeeks[week] += weight;
        }

        PriorItems += item.Kind == EvidenceKinds.Question ? 0 : 1;
    }

    public void Judge(RiserRules rules)
    {
        Expected = Prior * rules.RecentDays / rules.HistoryDays;
        var span = Math.Max(1, rules.RecentDays / 7);
        var stretch = priorWeeks.Take(span).Sum();
        PriorPeak = stretch;
        for (var w = span; w < priorWeeks.Length; w++)
        {
            stretch += priorWeeks[w] - priorWeeks[w - span];
            PriorPeak = Math.Max(PriorPeak, stretch);
        }

        IsNewcomer = PriorItems <= rules.NewcomerPriorItems;
        var named = IsNewcomer && RecentNamed >= rules.NamedItems;
        Rises = Days >= (named ? rules.NamedMinDays : rules.MinDays) && Weeks.Count >= rules.MinWeeks
            && Lift >= (named ? rules.NamedMinLift : IsNewcomer ? rules.MinLift : rules.EstablishedMinLift)
            && Recent >= rules.MinRatio * Expected
            && Recent >= rules.PeakRatio * PriorPeak;
    }
}
