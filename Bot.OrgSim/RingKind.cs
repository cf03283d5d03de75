namespace ExpertBot.OrgSim;

/// <summary>How an endorsement ring is wired: everyone endorses everyone, or only some pairs.</summary>
internal enum RingKind
{
    Full,
    Partial,
}
