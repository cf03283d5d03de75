namespace ExpertBot.OrgSim;

/// <summary>At most one gaming or non-expert pattern per person, on top of their real expertise.</summary>
internal enum Persona
{
    None,
    SelfPromoter,
    RingMember,
    Manager,
    Generalist,
}
