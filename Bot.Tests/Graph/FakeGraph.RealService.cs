using System.Text.Json.Nodes;

namespace ExpertBot.Tests.Graph;

/// <summary>
/// Where the fake follows the real service more closely than a plain list: channel messages delta with $expand=replies,
/// reply pages, teams listed without their visibility, and the answer to an expired users delta token.
/// </summary>
public sealed partial class FakeGraph
{
    /// <summary>
    /// Replies expanded inline per root message. "By default, the response can contain up to 1,000 replies. For operations
    /// that expand channel messages with more than 1,000 replies, use the replies@odata.nextLink request URL returned to
    /// get the next page of replies" (https://learn.microsoft.com/graph/api/channel-list-messages, $expand). The same
    /// expansion works on messages/delta (microsoftgraph/microsoft-graph-docs-contrib#8819). Tests lower it to keep threads small.
    /// </summary>
    public int ExpandedRepliesLimit { get; set; } = 1000;

    /// <summary>Teams that GET /teams lists without their visibility (only GET /teams/{id} has it).</summary>
    public HashSet<string> TeamsWithoutVisibilityInList { get; } = [];

    /// <summary>Every injected fault is lifted (an admin granted the permission, Microsoft approved the protected API...).</summary>
    public void ClearFaults()
    {
        lock (gate)
        {
            faults.Clear();
        }
    }

    /// <summary>
    /// An expired or unknown users delta token answers 400 with code syncStateNotFound: "The sync state generation is not
    /// found. The delta token is expired and data must be synchronized again"
    /// (https://devblogs.microsoft.com/microsoft365dev/duration-of-change-tracking-tokens-for-identity-and-education-resources/);
    /// other delta resources answer 410 Gone.
    /// </summary>
    private static (int, JsonNode, int?) ExpiredToken(string resource) => resource == "users"
        ? (400, Error("syncStateNotFound", "The sync state generation is not found. The delta token is expired and data must be synchronized again."), null)
        : (410, Error("resyncRequired", "The delta token has expired; a full resync is required."), null);

    private (int, JsonNode, int?) ListTeams() =>
        (200, Page("teams", Teams.Values.Select(t =>
        {
            var team = t.DeepClone().AsObject();
            if (TeamsWithoutVisibilityInList.Contains(team["id"]!.GetValue<string>()))
            {
                team.Remove("visibility");
            }

            return (JsonNode)team;
        })), null);

    /// <summary>Root messages as delta pages; with $expand=replies each carries its replies (up to the inline limit), and the links keep the expansion.</summary>
    private (int, JsonNode, int?) MessagesDelta(string team, string channel, Dictionary<string, string> query)
    {
        var answer = Delta(Messages.GetOrAdd($"{team}/{channel}", _ => new Entities()), $"teams/{team}/channels/{channel}/messages", query, "chatMessages", MessagePageSize);
        if (answer.Item1 != 200 || !query.TryGetValue("$expand", out var expand) || expand != "replies")
        {
            return answer;
        }

        var page = answer.Item2.AsObject();
        foreach (var message in page["value"]!.AsArray().OfType<JsonObject>().Where(m => m["deletedDateTime"] is null))
        {
            var id = message["id"]!.GetValue<string>();
            var replies = Replies.GetValueOrDefault($"{team}/{channel}/{id}", []);
            message["replies"] = new JsonArray([.. replies.Take(ExpandedRepliesLimit).Select(r => r.DeepClone())]);
            if (replies.Count > ExpandedRepliesLimit)
            {
                message["replies@odata.nextLink"] = $"{RepliesUrl(team, channel, id)}?$top=50&$skiptoken={ExpandedRepliesLimit}";
            }
        }

        foreach (var link in new[] { "@odata.nextLink", "@odata.deltaLink" })
        {
            if (page[link]?.GetValue<string>() is { } url)
            {
                page[link] = url + "&$expand=replies";
            }
        }

        return answer;
    }

    /// <summary>A message's replies, 20 a page by default and at most 50 ($top), with @odata.nextLink (https://learn.microsoft.com/graph/api/chatmessage-list-replies).</summary>
    private (int, JsonNode, int?) ListReplies(string team, string channel, string message, Dictionary<string, string> query)
    {
        var top = Math.Min(query.TryGetValue("$top", out var t) ? int.Parse(t) : 20, 50);
        var skip = query.TryGetValue("$skiptoken", out var k) ? int.Parse(k) : 0;
        var all = Replies.GetValueOrDefault($"{team}/{channel}/{message}", []);
        var page = Page("chatMessages", all.Skip(skip).Take(top).Select(r => r.DeepClone()));
        if (skip + top < all.Count)
        {
            page["@odata.nextLink"] = $"{RepliesUrl(team, channel, message)}?$top={top}&$skiptoken={skip + top}";
        }

        return (200, page, null);
    }

    private string RepliesUrl(string team, string channel, string message) =>
        $"{BaseUrl}/teams/{Uri.EscapeDataString(team)}/channels/{Uri.EscapeDataString(channel)}/messages/{Uri.EscapeDataString(message)}/replies";
}
