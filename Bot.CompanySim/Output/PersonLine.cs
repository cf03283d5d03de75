namespace ExpertBot.CompanySim.Output;

/// <summary>A line of people.jsonl, named as Microsoft Graph names a user's properties.</summary>
internal sealed record PersonLine(
    string Id,
    string DisplayName,
    string Mail,
    string UserPrincipalName,
    string JobTitle,
    string Department,
    string OfficeLocation,
    string PreferredLanguage,
    string? AboutMe,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Responsibilities,
    IReadOnlyList<string> PastProjects);
