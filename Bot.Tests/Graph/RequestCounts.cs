namespace ExpertBot.Tests.Graph;

/// <summary>Requests seen by the fake Graph, by resource: the figures a sync costs against the real one.</summary>
internal sealed record RequestCounts(int Total, IReadOnlyDictionary<string, int> ByResource)
{
    public static RequestCounts Of(IReadOnlyList<LoggedRequest> requests)
    {
        var byResource = requests
            .GroupBy(r => Resource(r.PathAndQuery))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new RequestCounts(requests.Count, byResource);
    }

    /// <summary>
    /// The fewest requests a full sync of the fake tenant can take: each resource at its page size, each $batch full.
    /// Replies come inline with their root message ($expand=replies, up to 1,000 a thread; none here passes that).
    /// </summary>
    public static int Minimum(int people, int documentsPerPerson, FakeGraph graph)
    {
        var listed = Ceiling(people + 3, 999);
        var profiles = Ceiling(people, 20);
        // Every new person's photo, 20 reads a batch (404 for those without one).
        var photos = Ceiling(people, 20);
        var channelPages = 2 * Ceiling(people / 2, graph.MessagePageSize);
        var siteFiles = people * documentsPerPerson;
        // Each library lists its root and one folder before its files.
        var drivePages = Ceiling(siteFiles + 2, graph.DeltaPageSize) + Ceiling(people + 2, graph.DeltaPageSize);
        // Every file's permissions and labels, and the folder's permissions, 20 reads a batch.
        var audienceBatches = Ceiling((2 * siteFiles) + 1, 20) + Ceiling((2 * people) + 1, 20);
        // latest token + user pages + profiles + photos; team + channels + message pages; team drive + site drives + drive pages + audiences.
        return 1 + listed + profiles + photos + 1 + 1 + channelPages + 1 + 1 + drivePages + audienceBatches;
    }

    public override string ToString() => string.Join(", ", ByResource.Select(p => $"{p.Key} {p.Value}"));

    private static int Ceiling(int count, int size) => (count + size - 1) / size;

    private static string Resource(string pathAndQuery)
    {
        var path = pathAndQuery.Split('?')[0].Replace("/v1.0/", string.Empty, StringComparison.Ordinal);
        var s = path.Split('/');
        return s switch
        {
            ["users"] => "users list",
            ["users", "delta"] => "users delta",
            ["teams", _, "channels", _, "messages", "delta"] => "channel messages delta",
            ["drives", _, "root", "delta"] => "drive delta",
            [var first, _, var last] => $"{first}/{{id}}/{last}",
            _ => path,
        };
    }
}
