namespace ExpertBot.OrgSim;

/// <summary>One person's riser (or decoy) pattern on one topic.</summary>
internal sealed record RiserPlan(int Topic, RiserPattern Pattern)
{
    public DateTime BurstDay { get; init; }

    public static string Label(RiserPattern pattern) => pattern switch
    {
        RiserPattern.SteadyRamp => "steady-ramp",
        RiserPattern.LateBurst => "late-burst",
        RiserPattern.AcceleratingExpert => "accelerating-expert",
        RiserPattern.DecoyOneOffBurst => "decoy-one-off-burst",
        RiserPattern.DecoySelfPromoter => "decoy-self-promoter",
        RiserPattern.DecoyRing => "decoy-ring",
        _ => "decoy-steady-expert",
    };
}
