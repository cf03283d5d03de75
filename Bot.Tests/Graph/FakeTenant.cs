using System.Text.Json.Nodes;

namespace ExpertBot.Tests.Graph;

/// <summary>Fills a <see cref="FakeGraph"/> with an organisation: people, a public and a private team, a site library.</summary>
public sealed class FakeTenant(FakeGraph graph)
{
    public const string PublicTeam = "a3f0c1d2-0000-4000-8000-000000000001";
    public const string PrivateTeam = "a3f0c1d2-0000-4000-8000-000000000002";
    public const string General = "19:general-platform@thread.tacv2";
    public const string Design = "19:design-platform@thread.tacv2";
    public const string PrivateChannel = "19:secret-platform@thread.tacv2";
    public const string BoardChannel = "19:general-board@thread.tacv2";
    public const string TeamDrive = "b!team-platform-drive";
    public const string BoardDrive = "b!team-board-drive";
    public const string Site = "contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE";
    public const string SiteDrive = "b!site-engineering-drive";

    private static readonly string[] Topics = ["Kubernetes", "Terraform", "GDPR", "pricing", "React", "Kafka", "SAP", "payroll"];

    public FakeGraph Graph => graph;

    public List<string> Findable { get; } = [];

    public static string UserId(int i) => $"00000000-0000-4000-8000-{i:D12}";

    /// <summary>People 0..n-1 (plus a disabled account, a guest and a service account), teams, channels, site.</summary>
    public FakeTenant WithOrganisation(int people)
    {
        for (var i = 0; i < people; i++)
        {
            AddUser(i);
        }

        var c = graph.NextChange();
        graph.Users.Put(User(people, "Disabled Account", enabled: false), c);
        graph.Users.Put(User(people + 1, "Guest Partner", guest: true), c);
        graph.Users.Put(new JsonObject { ["id"] = UserId(people + 2), ["displayName"] = "Scanner", ["userPrincipalName"] = "scanner@contoso.com", ["accountEnabled"] = true, ["userType"] = "Member" }, c);

        graph.Teams[PublicTeam] = new JsonObject { ["id"] = PublicTeam, ["displayName"] = "Platform", ["visibility"] = "public" };
        graph.Teams[PrivateTeam] = new JsonObject { ["id"] = PrivateTeam, ["displayName"] = "Board", ["visibility"] = "private" };
        graph.Channels[PublicTeam] = [Channel(General, "General", "standard"), Channel(Design, "Design", "standard"), Channel(PrivateChannel, "Secret", "private")];
        graph.Channels[PrivateTeam] = [Channel(BoardChannel, "General", "standard")];
        graph.TeamDrives[PublicTeam] = TeamDrive;
        graph.TeamDrives[PrivateTeam] = BoardDrive;
        graph.SiteDrives[Site] = [new JsonObject { ["id"] = SiteDrive, ["name"] = "Documents", ["driveType"] = "documentLibrary", ["webUrl"] = "https://contoso.sharepoint.com/sites/engineering/Shared%20Documents" }];
        return this;
    }

    /// <summary>Person i; two people in three have a photo.</summary>
    public void AddUser(int i)
    {
        graph.Users.Put(User(i, $"Person {i:D4}"), graph.NextChange());
        if (HasPhoto(i))
        {
            graph.Photos[UserId(i)] = FakeGraph.JpegFor(i);
        }

        Findable.Add(UserId(i));
    }

    public static bool HasPhoto(int i) => i % 3 != 2;

    public static JsonObject User(int i, string name, bool enabled = true, bool guest = false) => new()
    {
        ["id"] = UserId(i),
        ["displayName"] = name,
        ["mail"] = $"person{i}@contoso.com",
        ["userPrincipalName"] = guest ? $"partner{i}_fabrikam.com#EXT#@contoso.onmicrosoft.com" : $"person{i}@contoso.com",
        ["jobTitle"] = i % 3 == 0 ? "Engineer" : "Consultant",
        ["department"] = i % 2 == 0 ? "Engineering" : "Sales",
        ["officeLocation"] = "Lyon",
        ["preferredLanguage"] = "en-US",
        ["accountEnabled"] = enabled,
        ["userType"] = guest ? "Guest" : "Member",
        ["aboutMe"] = $"<p>I work on {Topics[i % Topics.Length]}.</p>",
        ["skills"] = new JsonArray(Topics[i % Topics.Length], Topics[(i + 3) % Topics.Length]),
        ["interests"] = new JsonArray("cycling"),
        ["responsibilities"] = new JsonArray($"{Topics[i % Topics.Length]} platform"),
        ["pastProjects"] = new JsonArray(),
        ["schools"] = new JsonArray("INSA Lyon"),
    };

    public void AddDocument(string drive, string itemId, string name, int creator, int editor, string folder = "Projects")
    {
        var created = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(itemId.GetHashCode() & 0xFFFF);
        var parent = graph.EnsureFolder(drive, folder);
        graph.DriveItems.GetOrAdd(drive, _ => new FakeGraph.Entities()).Put(new JsonObject
        {
            ["id"] = itemId,
            ["name"] = name,
            ["webUrl"] = $"https://contoso.sharepoint.com/sites/engineering/Shared%20Documents/{folder}/{Uri.EscapeDataString(name)}",
            ["createdDateTime"] = created.ToString("O"),
            ["lastModifiedDateTime"] = created.AddDays(2).ToString("O"),
            ["file"] = new JsonObject { ["mimeType"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ["hashes"] = new JsonObject { ["quickXorHash"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAA=" } },
            // Drive delta names the parent by id only, never by path.
            ["parentReference"] = new JsonObject { ["driveId"] = drive, ["driveType"] = "documentLibrary", ["id"] = parent },
            ["createdBy"] = new JsonObject { ["user"] = new JsonObject { ["id"] = UserId(creator), ["displayName"] = $"Person {creator:D4}" } },
            ["lastModifiedBy"] = new JsonObject { ["user"] = new JsonObject { ["id"] = UserId(editor), ["displayName"] = $"Person {editor:D4}" } },
        }, graph.NextChange());
    }

    public void DeleteDocument(string drive, string itemId) =>
        graph.DriveItems[drive].Remove(itemId, graph.NextChange(), new JsonObject { ["id"] = itemId, ["deleted"] = new JsonObject { ["state"] = "deleted" } });

    public void AddMessage(string team, string channel, string id, int author, string html, params (string Id, int Author, string Html)[] replies)
    {
        graph.Messages.GetOrAdd($"{team}/{channel}", _ => new FakeGraph.Entities()).Put(Message(team, channel, id, null, author, html), graph.NextChange());
        graph.Replies[$"{team}/{channel}/{id}"] = [.. replies.Select(r => Message(team, channel, r.Id, id, r.Author, r.Html))];
    }

    public void DeleteMessage(string team, string channel, string id)
    {
        var tombstone = Message(team, channel, id, null, 0, string.Empty);
        tombstone["deletedDateTime"] = "2026-05-01T10:00:00Z";
        graph.Messages[$"{team}/{channel}"].Remove(id, graph.NextChange(), tombstone);
    }

    /// <summary>Documents and messages spread over the people: per person one site document, one team document, one post.</summary>
    public FakeTenant WithWork(int people, int documentsPerPerson = 1)
    {
        for (var i = 0; i < people; i++)
        {
            for (var d = 0; d < documentsPerPerson; d++)
            {
                AddDocument(SiteDrive, $"01SITE{i:D5}{d:D3}", $"{Topics[(i + d) % Topics.Length]} design {i}-{d}.docx", i, (i + 1) % people);
            }

            AddDocument(TeamDrive, $"01TEAM{i:D5}", $"{Topics[i % Topics.Length]} runbook {i}.docx", i, i);
            AddMessage(PublicTeam, i % 2 == 0 ? General : Design, $"16{i:D11}", i,
                $"<div><p>How we run <b>{Topics[i % Topics.Length]}</b> in production &amp; why</p></div>",
                ($"17{i:D11}", (i + 2) % people, $"<p>Thanks, the {Topics[i % Topics.Length]} part helped.</p>"));
        }

        AddMessage(PrivateTeam, BoardChannel, "1699999999999", 0, "<p>Board only: acquisition of Fabrikam</p>");
        AddDocument(BoardDrive, "01BOARD0001", "Acquisition plan.docx", 0, 0);
        return this;
    }

    private static JsonObject Channel(string id, string name, string membership) =>
        new() { ["id"] = id, ["displayName"] = name, ["membershipType"] = membership, ["webUrl"] = $"https://teams.microsoft.com/l/channel/{Uri.EscapeDataString(id)}/{name}" };

    private static JsonObject Message(string team, string channel, string id, string? replyTo, int author, string html) => new()
    {
        ["id"] = id,
        ["replyToId"] = replyTo,
        ["etag"] = id,
        ["messageType"] = "message",
        ["createdDateTime"] = "2026-04-01T10:00:00.000Z",
        ["lastModifiedDateTime"] = "2026-04-01T10:00:00.000Z",
        ["deletedDateTime"] = null,
        ["subject"] = null,
        ["importance"] = "normal",
        ["locale"] = "en-us",
        ["webUrl"] = $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(channel)}/{id}?groupId={team}",
        ["from"] = new JsonObject { ["application"] = null, ["device"] = null, ["user"] = new JsonObject { ["id"] = UserId(author), ["displayName"] = $"Person {author:D4}", ["userIdentityType"] = "aadUser" } },
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = html },
        ["channelIdentity"] = new JsonObject { ["teamId"] = team, ["channelId"] = channel },
        ["attachments"] = new JsonArray(),
        ["mentions"] = new JsonArray(),
        ["reactions"] = new JsonArray(),
    };
}
