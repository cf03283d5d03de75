namespace ExpertBot.Expertise;

/// <summary>A person as Microsoft Graph's user resource describes them; the declarative fields are what they say of themselves.</summary>
internal sealed record Person
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public string? Mail { get; init; }
    public string? UserPrincipalName { get; init; }
    public string? JobTitle { get; init; }
    public string? Department { get; init; }
    public string? OfficeLocation { get; init; }
    public string? PreferredLanguage { get; init; }
    public string? AboutMe { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<string> Interests { get; init; } = [];
    public IReadOnlyList<string> Responsibilities { get; init; } = [];
    public IReadOnlyList<string> PastProjects { get; init; } = [];
    public IReadOnlyList<string> Schools { get; init; } = [];

    /// <summary>When the account was found disabled or deleted: kept, out of every result, until erased after a grace period.</summary>
    public DateTimeOffset? InactiveSince { get; init; }
}
