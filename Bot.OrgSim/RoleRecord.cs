namespace ExpertBot.OrgSim;

/// <summary>A line of roles.jsonl; topic is the topic's canonical (English) name.</summary>
internal sealed record RoleRecord(string PersonId, string Role, string Topic);
