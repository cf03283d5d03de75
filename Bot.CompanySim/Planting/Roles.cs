namespace ExpertBot.CompanySim.Planting;

/// <summary>The roles written to roles.jsonl: two real ones and the impostors a ranking should keep out.</summary>
internal static class Roles
{
    public const string Expert = "expert";
    public const string Practitioner = "practitioner";
    public const string SelfPromoter = "self-promoter";
    public const string RingMember = "ring-member";
    public const string Manager = "manager";
    public const string SiblingExpert = "sibling-expert";
}
