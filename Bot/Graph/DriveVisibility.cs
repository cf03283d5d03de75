using ExpertBot.Expertise;

namespace ExpertBot.Graph;

/// <summary>
/// Whether a file of a library may be shown to the whole organisation, decided from what Graph says about it and
/// never from the source alone: app-only drive delta returns every file whatever its permissions, and libraries open
/// to everyone often hold folders and files with broken inheritance or sensitivity labels. Anything unknown is private.
/// </summary>
internal static class DriveVisibility
{
    /// <summary>A folder is restricted when it has unique permissions not open to the organisation, or sits in a restricted folder.</summary>
    public static bool IsRestricted(ItemAudience? audience, DriveFolder? parent, bool parentKnown)
    {
        if (audience?.Permissions is not { Count: > 0 })
        {
            return true;
        }

        if (audience.GrantsOrganisation)
        {
            return false;
        }

        return audience.HasUniquePermissions || !parentKnown || parent?.Restricted == true;
    }

    /// <summary>
    /// Organisation only when the source is open to everyone, no label forbids it, and the file's permissions prove it:
    /// a grant to the whole organisation, or permissions all inherited through folders none of which is restricted.
    /// </summary>
    public static (Visibility Visibility, string? Reason) Of(
        Visibility source, ItemAudience? audience, IReadOnlyList<DriveFolder>? ancestors, bool readLabels, IReadOnlyCollection<string> allowedLabels)
    {
        if (source == Visibility.Private)
        {
            return (Visibility.Private, "source");
        }

        if (readLabels && audience?.Labels is null)
        {
            return (Visibility.Private, "labels unknown");
        }

        if (audience?.Labels?.Any(l => !allowedLabels.Contains(l, StringComparer.OrdinalIgnoreCase)) == true)
        {
            return (Visibility.Private, "sensitivity label");
        }

        if (audience?.Permissions is not { Count: > 0 })
        {
            return (Visibility.Private, "permissions unknown");
        }

        if (audience.GrantsOrganisation)
        {
            return (Visibility.Organization, null);
        }

        if (audience.HasUniquePermissions)
        {
            return (Visibility.Private, "unique permissions");
        }

        // Inherited: from the library (open to everyone) only if no folder on the way has unique permissions.
        if (ancestors is null)
        {
            return (Visibility.Private, "folder unknown");
        }

        if (ancestors.Any(f => f.Restricted && !f.IsRoot))
        {
            return (Visibility.Private, "restricted folder");
        }

        return (Visibility.Organization, null);
    }
}
