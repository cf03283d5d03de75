using Microsoft.Graph.Models;

namespace ExpertBot.Graph;

/// <summary>
/// Reads who may open the new and changed items of a delta page, through $batch (20 requests a batch, inner 429s
/// sent again after their Retry-After): GET /drives/{d}/items/{i}/permissions for files and folders, and for files
/// POST …/extractSensitivityLabels. Drive delta cannot expand permissions ("notSupported"), and the sharing-change
/// headers that would flag permission changes need Sites.FullControl.All (docs/graph.md weighs the two).
/// </summary>
internal static class DriveAudienceReader
{
    public static async Task<Dictionary<string, ItemAudience>> ReadAsync(
        SyncContext context, string driveId, IReadOnlyList<string> folders, IReadOnlyList<string> files, TimeProvider time, ILogger logger, CancellationToken cancellationToken = default)
    {
        var items = context.Client.Drives[driveId].Items;
        var permissionRequests = folders.Concat(files)
            .Select(id => (id, items[id].Permissions.ToGetRequestInformation(r => r.QueryParameters.Select = ["id", "roles", "link", "grantedToV2", "inheritedFrom"])))
            .ToList();
        var permissions = await GraphBatch.GetAsync<PermissionCollectionResponse>(context.Client, permissionRequests, context.Options.MaxRetries, time, logger, cancellationToken);
        Dictionary<string, ExtractSensitivityLabelsResult>? labels = null;
        if (context.Options.ReadSensitivityLabels && files.Count > 0)
        {
            var labelRequests = files.Select(id => (id, items[id].ExtractSensitivityLabels.ToPostRequestInformation())).ToList();
            labels = await GraphBatch.GetAsync<ExtractSensitivityLabelsResult>(context.Client, labelRequests, context.Options.MaxRetries, time, logger, cancellationToken);
        }

        var audiences = new Dictionary<string, ItemAudience>(StringComparer.Ordinal);
        foreach (var id in folders.Concat(files))
        {
            // A second page of permissions is not read: what it holds is unknown, so the first page has to prove the audience.
            var granted = permissions.TryGetValue(id, out var p) && p.Value is { } list ? (IReadOnlyList<Permission>)list : null;
            // Labels null in an answer is not "no label": an answer we cannot read never makes a file public.
            var assigned = labels?.TryGetValue(id, out var l) == true && l.Labels is { } found
                ? found.Select(a => a.SensitivityLabelId).OfType<string>().ToList()
                : null;
            audiences[id] = new ItemAudience(granted, assigned);
        }

        return audiences;
    }
}
