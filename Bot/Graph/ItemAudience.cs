using Microsoft.Graph.Models;

namespace ExpertBot.Graph;

/// <summary>
/// Who may open one drive item, as Graph answered: its permissions (GET …/permissions) and its sensitivity label ids
/// (extractSensitivityLabels). Null: not read (failed, or labels not asked for).
/// </summary>
internal sealed record ItemAudience(IReadOnlyList<Permission>? Permissions, IReadOnlyList<string>? Labels)
{
    /// <summary>A grant that opens the item to everyone in the organisation: a "people in your organisation" link, or "Everyone (except external users)".</summary>
    public bool GrantsOrganisation => Permissions?.Any(IsOrganisationWide) == true;

    /// <summary>
    /// Permissions set on the item itself: inheritedFrom is absent on them, and present (sometimes empty) on inherited
    /// ones (https://learn.microsoft.com/graph/api/permission-get; microsoftgraph/microsoft-graph-devx-api#223).
    /// </summary>
    public bool HasUniquePermissions => Permissions?.Any(p => p.InheritedFrom is null) != false;

    private static bool IsOrganisationWide(Permission p)
    {
        if (p.Link?.Scope == "organization")
        {
            return true;
        }

        // SharePoint's "Everyone except external users" claim is c:0-.f|rolemanager|spo-grid-all-users/{tenant};
        // "Everyone" is c:0(.s|true. Display names are translated; login names are not.
        string?[] logins = [p.GrantedToV2?.SiteUser?.LoginName, p.GrantedToV2?.SiteGroup?.LoginName];
        return logins.Any(l => l is not null
            && (l.Contains("|rolemanager|spo-grid-all-users", StringComparison.OrdinalIgnoreCase) || l.Equals("c:0(.s|true", StringComparison.OrdinalIgnoreCase)));
    }
}
