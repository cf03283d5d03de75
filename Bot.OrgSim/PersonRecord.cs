namespace ExpertBot.OrgSim;

/// <summary>A line of people.jsonl (directory profile).</summary>
internal sealed record PersonRecord(
    string Id,
    string DisplayName,
    string Mail,
    string UserPrincipalName,
    string JobTitle,
    string Department,
    string OfficeLocation,
    string PreferredLanguage,
    string? AboutMe,
    List<string>? Skills,
    List<string>? Responsibilities,
    List<string>? PastProjects,
    List<string>? Interests);
