namespace ExpertBot.OrgSim;

/// <summary>Activity shapes over the last six weeks, for the "rising experts" digest (decoys included).</summary>
internal enum RiserPattern
{
    SteadyRamp,
    LateBurst,
    AcceleratingExpert,
    DecoyOneOffBurst,
    DecoySelfPromoter,
    DecoyRing,
    DecoySteadyExpert,
}
