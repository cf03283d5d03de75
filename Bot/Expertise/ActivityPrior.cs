namespace ExpertBot.Expertise;

/// <summary>
/// Who answers colleagues now (<see cref="ExpertiseSettings.ActivityPrior"/>): each person's activity, counting
/// their items of <see cref="ExpertiseSettings.ActivityKinds"/>, each 1 when new and half after
/// ActivityHalfLifeDays, and the factor it lifts what their work shows by. Its strength is settled once, while the
/// index is built (<see cref="ActivityCalibration"/>: 0 where the organisation's answered questions do not show it).
/// </summary>
internal sealed class ActivityPrior
{
    private readonly IndexedEvidence evidence;
    private readonly float[] activity;
    private readonly float[] factor;

    public ActivityPrior(IndexedEvidence evidence)
    {
        this.evidence = evidence;
        var people = evidence.People.Length;
        activity = new float[people];
        factor = new float[people];
        for (var person = 0; person < people; person++)
        {
            activity[person] = (float)Count(person, evidence.LatestTimestamp.UtcTicks);
        }
    }

    /// <summary>The prior in force: the setting where the organisation's history shows it, otherwise 0; set only while the index is built.</summary>
    public double Strength { get; set; }

    /// <summary>Sets the strength for good and each person's factor as of the newest item: 1 + strength × ln(1 + activity).</summary>
    public void Settle(double strength)
    {
        Strength = strength;
        for (var person = 0; person < factor.Length; person++)
        {
            factor[person] = (float)(1 + strength * Math.Log(1 + activity[person]));
        }
    }

    /// <summary>A person's factor as of the newest item (once settled).</summary>
    public float Factor(int person) => factor[person];

    /// <summary>
    /// How much authored work a person shows at a moment: documents, posts and answers (not meetings, not what
    /// they declare), each counting 1 when new and half after ActivityHalfLifeDays, so who is active now leads.
    /// </summary>
    public double At(int person, long asOf)
    {
        var latest = evidence.LatestTimestamp.UtcTicks;
        if (asOf < latest)
        {
            return Count(person, asOf);
        }

        var halfLife = evidence.Settings.ActivityHalfLifeDays * TimeSpan.TicksPerDay;
        return halfLife > 0 ? activity[person] * Math.Pow(2, -(asOf - latest) / halfLife) : activity[person];
    }

    /// <summary>The factor <see cref="At"/> multiplies every count by when asked at or after the newest item; -1 before it.</summary>
    public double Decay(long asOf)
    {
        var latest = evidence.LatestTimestamp.UtcTicks;
        if (asOf < latest)
        {
            return -1;
        }

        var halfLife = evidence.Settings.ActivityHalfLifeDays * TimeSpan.TicksPerDay;
        return halfLife > 0 ? Math.Pow(2, -(asOf - latest) / halfLife) : 1;
    }

    /// <summary><see cref="At"/> at or after the newest item, given <see cref="Decay"/>: the same arithmetic.</summary>
    public double After(int person, double decay) =>
        evidence.Settings.ActivityHalfLifeDays * TimeSpan.TicksPerDay > 0 ? activity[person] * decay : activity[person];

    private double Count(int person, long asOf)
    {
        var settings = evidence.Settings;
        var halfLife = settings.ActivityHalfLifeDays * TimeSpan.TicksPerDay;
        var count = 0.0;
        foreach (var item in evidence.ItemsOf(person))
        {
            if (settings.ActivityKinds.Contains(evidence.Items[item].Kind) && evidence.ItemTicks[item] <= asOf)
            {
                count += halfLife > 0 ? Math.Pow(2, -(asOf - evidence.ItemTicks[item]) / halfLife) : 1;
            }
        }

        return count;
    }
}
