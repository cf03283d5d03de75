namespace ExpertBot.Demo;

/// <summary>The role names written to roles.jsonl; each is a trap or a truth the ranking and digest are measured against.</summary>
internal static class PlantedRoles
{
    public const string Expert = "expert";
    public const string Competent = "competent";
    public const string OldExpert = "old-expert";
    public const string PartlyPrivate = "partly-private";
    public const string PrivateOnly = "private-only";
    public const string SelfPromoter = "self-promoter";
    public const string RingMember = "ring-member";
    public const string Manager = "manager";
    public const string Riser = "riser";
    public const string DecoyViral = "decoy-viral";
    public const string DecoyRing = "decoy-ring";
    public const string DecoySteady = "decoy-steady";
    public const string DecoyNewSkills = "decoy-new-skills";
}
