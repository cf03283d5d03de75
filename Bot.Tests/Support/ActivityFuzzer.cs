using System.Text;
using System.Text.Json.Nodes;

namespace ExpertBot.Tests.Support;

/// <summary>
/// Seeded random activities: mostly plausible Teams activities (questions, commands, card actions, message
/// extension queries, installs) with a few fields broken (wrong JSON types, nulls, huge or control-character
/// strings, unicode, nested junk), and some bodies that are not activities at all (other encodings, bad bytes,
/// truncated, too large). The same seed gives the same cases, so a failure can be replayed.
/// </summary>
internal sealed class ActivityFuzzer(int seed, string serviceUrl)
{
    private static readonly string[] Types = ["message", "message", "message", "message", "invoke", "invoke", "invoke", "conversationUpdate", "installationUpdate", "typing", "messageReaction", "event", "endOfConversation"];
    private static readonly string[] InvokeNames = ["adaptiveCard/action", "adaptiveCard/action", "composeExtension/query", "composeExtension/query", "composeExtension/querySettingUrl", "task/fetch", "signin/verifyState", "actionableMessage/executeAction"];
    private static readonly string[] People = ["p-alice", "p-bernard", "p-chloe", "00000000-0000-0000-0000-0000000000d5"];
    private static readonly string[] Texts =
    [
        "who knows kubernetes?", "qui connaît le droit du travail ?", "help", "aide", "hide me", "show me", "forget me", "oubliez-moi",
        "my expertise", "mon expertise", "subscribe kubernetes", "subscribe to design", "unsubscribe", "my subscriptions",
        "endorse Alice for kubernetes", "endorse p-bernard for droit du travail", "<at>ExpertBot</at> who knows design?",
        "who knows [Reset your password](https://evil.example)?", "who knows <script>alert(1)</script>", "stop notifications",
    ];

    private static readonly string[] Verbs = ["endorse", "withdraw", "unendorse", "refresh", "more", ""];
    private static readonly string[] Odd = ["\u0000", "\u0007", "\n", "\r\n", "\u0085", "\u200b", "\u202e", "\ufeff", "\uffff", "😀", "字", "é", "/", "\\", "#", "?", "%", "~", "|", "'", "\"", "<", "&", "..", "${x}", "%s"];
    private readonly Random random = new(seed);

    public FuzzCase Next()
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.06 => NotAnActivity(),
            < 0.065 => Oversized(),
            _ => Activity(),
        };
    }

    private FuzzCase Activity()
    {
        var type = Pick(Types);
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "act-" + random.Next(),
            ["timestamp"] = "2026-11-20T10:00:00Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:user-" + random.Next(100), ["name"] = "Dana Scully", ["aadObjectId"] = Pick(People) },
            ["conversation"] = new JsonObject
            {
                ["id"] = "a:conv-" + random.Next(),
                ["conversationType"] = Pick(["personal", "personal", "channel", "groupChat"]),
                ["tenantId"] = BotFactory.TenantId,
            },
            ["recipient"] = new JsonObject { ["id"] = "28:" + BotFactory.AppId, ["name"] = "ExpertBot" },
            ["locale"] = Pick(["en-US", "fr-FR", "de-DE", "fr", "xx", ""]),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotFactory.TenantId } },
        };
        switch (type)
        {
            case "message":
                activity["text"] = random.NextDouble() < 0.7 ? Pick(Texts) : RandomText(random.Next(0, 300));
                if (random.NextDouble() < 0.15)
                {
                    activity["value"] = CardActionValue();
                    activity.Remove("text");
                }

                break;
            case "invoke":
                activity["name"] = Pick(InvokeNames);
                activity["value"] = activity["name"]!.GetValue<string>() switch
                {
                    "adaptiveCard/action" => CardActionValue(),
                    "composeExtension/query" => QueryValue(),
                    _ => Junk(3),
                };
                break;
            case "conversationUpdate":
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:" + BotFactory.AppId }, new JsonObject { ["id"] = "29:someone" });
                break;
            case "installationUpdate":
                activity["action"] = Pick(["add", "remove", "add-upgrade", "remove-upgrade", "x"]);
                break;
        }

        for (var mutations = random.Next(0, 4); mutations > 0; mutations--)
        {
            Mutate(activity);
        }

        var json = activity.ToJsonString();
        var raw = random.NextDouble();
        json = raw switch
        {
            < 0.03 => InsertAfter(json, "\"id\":\"a:conv-", "\\ud800"),
            < 0.06 => InsertAfter(json, "\"text\":\"", "\\udc00\\u0000"),
            < 0.08 => json.Replace("\"timestamp\":\"2026-11-20T10:00:00Z\"", "\"value\":" + new string('[', 80) + new string(']', 80), StringComparison.Ordinal),
            < 0.10 => json.Replace("\"type\":", "\"type\":\"message\",\"type\":", StringComparison.Ordinal),
            _ => json,
        };
        return new FuzzCase(Encoding.UTF8.GetBytes(json), "application/json", json);
    }

    private void Mutate(JsonObject activity)
    {
        string[] topLevel = ["type", "id", "timestamp", "serviceUrl", "channelId", "from", "conversation", "recipient", "text", "locale", "name", "action", "value", "channelData", "attachments", "entities", "membersAdded", "membersRemoved", "replyToId", "textFormat", "summary"];
        switch (random.Next(9))
        {
            case 0:
                activity[Pick(topLevel)] = Junk(2);
                break;
            case 1:
                activity.Remove(Pick(topLevel));
                break;
            case 2:
                if (activity[Pick(["from", "recipient", "conversation"])] is JsonObject account)
                {
                    account[Pick(["id", "name", "aadObjectId", "tenantId", "conversationType", "role", "isGroup"])] = random.NextDouble() < 0.5 ? Junk(1) : HugeOrOdd();
                }

                break;
            case 3:
                activity[Pick(["membersAdded", "membersRemoved"])] = new JsonArray(null, Junk(1), new JsonObject { ["id"] = random.NextDouble() < 0.5 ? "28:" + BotFactory.AppId : Junk(0) }, null);
                break;
            case 4:
                activity["attachments"] = new JsonArray(
                    null,
                    new JsonObject { ["contentType"] = Pick<JsonNode?>([null, "application/vnd.microsoft.card.adaptive", "text/html", Junk(0)]), ["content"] = Junk(2) },
                    Junk(1));
                break;
            case 5:
                activity["channelData"] = random.NextDouble() < 0.5
                    ? new JsonObject { ["tenant"] = new JsonObject { ["id"] = Pick<JsonNode?>([BotFactory.TenantId.ToUpperInvariant(), Guid.NewGuid().ToString(), "", null, 5, HugeOrOdd()]) } }
                    : Junk(2);
                break;
            case 6:
                activity[Pick(["text", "name", "locale", "id", "replyToId", "serviceUrl"])] = HugeOrOdd();
                break;
            case 7:
                // A loopback connector nobody listens on is rare: each such reply is retried for seconds.
                activity["serviceUrl"] = random.NextDouble() < 0.004
                    ? "http://[::1]:1/"
                    : Pick(["file:///etc/passwd", "ftp://127.0.0.1/", "http://localhost@attacker.example/", "https://attacker.example/", "javascript:alert(1)", "//localhost/", "http://127.0.0.1:0/x", serviceUrl + "../../x?y#z", serviceUrl + "?x=1"]);
                break;
            default:
                if (activity["conversation"] is JsonObject conversation)
                {
                    conversation["id"] = Pick(["a:" + new string('c', 2000), "19:a/b\\c#d?e@thread.tacv2", "a:" + RandomText(40), "", "a:conv-" + random.Next()]);
                }

                break;
        }
    }

    private JsonNode? CardActionValue() => random.NextDouble() < 0.2 ? Junk(3) : new JsonObject
    {
        ["action"] = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["verb"] = random.NextDouble() < 0.8 ? Pick(Verbs) : Junk(1),
            ["data"] = random.NextDouble() < 0.8
                ? new JsonObject { ["personId"] = Pick<JsonNode?>(["p-alice", "p-bernard", "p-chloe", null, 5, HugeOrOdd()]), ["topic"] = Pick<JsonNode?>(["kubernetes", "droit du travail", "", null, HugeOrOdd()]), ["verb"] = Pick(Verbs) }
                : Junk(2),
        },
        ["verb"] = Pick(Verbs),
        ["personId"] = Pick(People),
        ["topic"] = "kubernetes",
    };

    private JsonNode? QueryValue() => random.NextDouble() < 0.2 ? Junk(3) : new JsonObject
    {
        ["commandId"] = random.NextDouble() < 0.8 ? "findExpert" : Junk(0),
        ["parameters"] = random.NextDouble() < 0.7
            ? new JsonArray(new JsonObject { ["name"] = Pick<JsonNode?>(["topic", "searchQuery", "initialRun", 5, null]), ["value"] = random.NextDouble() < 0.7 ? Pick(Texts) : Junk(1) }, Junk(1))
            : Junk(2),
        ["queryOptions"] = new JsonObject { ["skip"] = Junk(0), ["count"] = Pick<JsonNode?>([-5, 0, 1, 25, 1000, 1e300, "x", null]) },
    };

    private FuzzCase NotAnActivity()
    {
        var valid = Encoding.UTF8.GetBytes(TestActivities.Message("who knows kubernetes?", serviceUrl).ToJsonString());
        var (body, contentType) = random.Next(9) switch
        {
            0 => (Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(valid)), "application/json; charset=utf-16"),
            1 => (Encoding.UTF32.GetBytes(Encoding.UTF8.GetString(valid)), "application/json; charset=utf-32"),
            2 => ([.. new byte[] { 0xEF, 0xBB, 0xBF }, .. valid], "application/json"),
            3 => (valid[..random.Next(valid.Length)], "application/json"),
            4 => (Bytes(random.Next(1, 2000)), "application/octet-stream"),
            5 => (Encoding.UTF8.GetBytes(Pick(["null", "[]", "5", "\"x\"", "{}", "true", "", " ", "{\"type\":null}"])), "application/json"),
            6 => ([.. valid[..20], 0xC3, 0x28, 0xFF, .. valid[20..]], "application/json"),
            7 => (valid, "text/plain"),
            _ => (Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)), "application/json"),
        };
        return new FuzzCase(body, contentType, $"({body.Length} bytes, {contentType})");
    }

    private FuzzCase Oversized()
    {
        var body = Encoding.UTF8.GetBytes(TestActivities.Message(new string('k', 600 * 1024), serviceUrl).ToJsonString());
        return new FuzzCase(body, "application/json", "(600 KB message)");
    }

    private JsonNode? Junk(int depth)
    {
        var kind = random.Next(depth > 0 ? 9 : 6);
        return kind switch
        {
            0 => null,
            1 => random.NextDouble() < 0.5,
            2 => Pick<JsonNode>([0, -1, int.MaxValue, long.MinValue, 1e308, -0.0, 3.5]),
            3 => RandomText(random.Next(0, 40)),
            4 => HugeOrOdd(),
            5 => "",
            6 or 7 => new JsonArray(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Junk(depth - 1)).ToArray()),
            _ => new JsonObject(Enumerable.Range(0, random.Next(0, 4)).Select(i => KeyValuePair.Create(Pick(["action", "verb", "data", "name", "value", "id", "k" + i]) + i, Junk(depth - 1)))),
        };
    }

    private JsonNode HugeOrOdd() => random.Next(4) switch
    {
        0 => new string(Pick<char>(['x', '字', '/', '\u0001']), random.Next(1000, 40_000)),
        1 => string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pick(Odd))),
        2 => RandomText(random.Next(200, 3000)),
        _ => Pick(Odd),
    };

    private string RandomText(int length)
    {
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            builder.Append(random.Next(10) switch
            {
                < 5 => ((char)random.Next('a', 'z' + 1)).ToString(),
                5 => " ",
                6 => Pick(Odd),
                7 => ((char)random.Next(0x80, 0x2FFF)).ToString(),
                8 => char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)),
                _ => ((char)random.Next(0x20, 0x7F)).ToString(),
            });
        }

        return builder.ToString();
    }

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string InsertAfter(string json, string marker, string insert)
    {
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? json : json.Insert(at + marker.Length, insert);
    }

    private T Pick<T>(T[] choices) => choices[random.Next(choices.Length)];
}

/// <summary>One fuzzed request: the bytes, their content type, a readable form for reports, and whether 501 is a fair answer.</summary>
internal sealed record FuzzCase(ReadOnlyMemory<byte> Body, string ContentType, string Description);
