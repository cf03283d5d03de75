using System.Text.Json;
using System.Text.Json.Nodes;

namespace ExpertBot.Benchmarks.Turns;

/// <summary>
/// What the load test says and in which conversations: the demo organisation's English and French questions,
/// bare topics, help in both languages, words no one knows and chit-chat, as Teams personal-chat messages.
/// Most activities land in a large ring of conversations; every 50 activities, 5 in a row go to one of a few
/// "burst" conversations, so that some turns queue behind their conversation's previous one and the order of
/// the replies is tested.
/// </summary>
internal sealed class TurnTraffic
{
    public const string TenantId = "6f1c4b2a-0d3e-4c5f-9a7b-8e2d1c0b9a70";
    private const int Ring = 997;
    private const int BurstEvery = 50;
    private const int BurstLength = 5;
    private const int BurstConversations = 10;

    private static readonly string[] Unknown =
    [
        "who knows zorblax quuxification?",
        "qui connaît le flarbonisme ?",
        "who knows how to herd quokkas on mars?",
        "bonjour",
        "thanks!",
    ];

    private readonly string[] english;
    private readonly string[] french;
    private readonly string[] topics;
    private readonly string serviceUrl;

    private TurnTraffic(string serviceUrl, string[] english, string[] french, string[] topics)
    {
        this.serviceUrl = serviceUrl;
        this.english = english;
        this.french = french;
        this.topics = topics;
    }

    /// <summary>The questions of a snapshot's queries.jsonl (demo/org), by group.</summary>
    public static TurnTraffic From(string queriesFile, string serviceUrl)
    {
        var byGroup = File.ReadLines(queriesFile)
            .Where(line => line.Length > 0)
            .Select(line => JsonNode.Parse(line)!)
            .GroupBy(q => q["group"]?.GetValue<string>() ?? string.Empty, q => q["text"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        string[] Group(string name) => byGroup.TryGetValue(name, out var texts) && texts.Length > 0
            ? texts
            : throw new InvalidOperationException($"{queriesFile} has no questions in group '{name}'.");
        return new TurnTraffic(serviceUrl, Group("sentence-en"), Group("sentence-fr"), Group("canonical"));
    }

    /// <summary>Activity <paramref name="index"/> of a phase: its text, language and conversation.</summary>
    public PlannedActivity Plan(string phase, int index)
    {
        var (text, locale) = (index % 20) switch
        {
            < 9 => (english[index % english.Length], "en-US"),
            < 14 => (french[index % french.Length], "fr-FR"),
            < 16 => (topics[index % topics.Length], "en-US"),
            16 => ("help", "en-US"),
            17 => ("aide", "fr-FR"),
            _ => (Unknown[index % Unknown.Length], index % 2 == 0 ? "en-US" : "fr-FR"),
        };
        var conversation = index % BurstEvery < BurstLength
            ? $"a:{phase}-burst-{index / BurstEvery % BurstConversations}"
            : $"a:{phase}-{index % Ring}";
        return new PlannedActivity($"{phase}-{index:D6}", conversation, text, locale);
    }

    /// <summary>Activity <paramref name="index"/> of the outage phase: one each in a ring of <paramref name="conversations"/>.</summary>
    public PlannedActivity PlanSpread(string phase, int index, int conversations) =>
        Plan(phase, index) with { ConversationId = $"a:{phase}-{index % conversations}" };

    /// <summary>The activity as Teams posts it to /api/messages from a personal chat (no token: local mode).</summary>
    public byte[] Json(PlannedActivity planned)
    {
        var user = planned.ConversationId.GetHashCode(StringComparison.Ordinal) & 0xFFFFFF;
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = planned.Id,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:load-user-{user}", ["name"] = "Load Test", ["aadObjectId"] = $"00000000-0000-4000-8000-{user:x12}" },
            ["conversation"] = new JsonObject { ["id"] = planned.ConversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["recipient"] = new JsonObject { ["id"] = "28:expertbot-load", ["name"] = "ExpertBot" },
            ["locale"] = planned.Locale,
            ["text"] = planned.Text,
            ["textFormat"] = "plain",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        };
        return JsonSerializer.SerializeToUtf8Bytes(activity);
    }
}
