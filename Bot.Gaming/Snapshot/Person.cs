namespace ExpertBot.Gaming.Snapshot;

/// <summary>The fields of a people.jsonl line that planting needs; the line itself is copied as it is.</summary>
internal sealed record Person(
    string Id,
    string DisplayName,
    string UserPrincipalName,
    string Department,
    string OfficeLocation,
    string PreferredLanguage)
{
    public bool PrefersFrench => PreferredLanguage.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
}
