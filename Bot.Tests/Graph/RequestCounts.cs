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

    public override string ToString() => string.Join(", ", ByResource.Select(p => $"{p.Key} {p.Value}"));

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
