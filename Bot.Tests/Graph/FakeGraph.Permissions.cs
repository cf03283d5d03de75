using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace ExpertBot.Tests.Graph;

/// <summary>
/// Who may open a drive item, as the real service answers it. GET /drives/{d}/items/{i}/permissions lists the
/// effective permissions; inherited ones carry inheritedFrom, unique ones do not
/// (https://learn.microsoft.com/graph/api/driveitem-list-permissions, https://learn.microsoft.com/graph/api/permission-get).
/// By default an item inherits the library's members group from the root, as a file in a team or site library does.
/// POST …/extractSensitivityLabels answers the labels (https://learn.microsoft.com/graph/api/driveitem-extractsensitivitylabels),
/// none by default. Both also answer inside $batch, where Fail() can throttle them.
/// </summary>
public sealed partial class FakeGraph
{
    /// <summary>Over HTTPS with the given certificate, as Graph is reached in production.</summary>
    public FakeGraph(X509Certificate2 certificate)
    {
        server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"https://localhost:{FreePort()}"],
            CertificateSettings = new WireMockCertificateSettings { X509Certificate = certificate },
        });
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(HandleAsync));
    }

    internal static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>"drive/item" → the item's own permission list; absent: inherited from the library root.</summary>
    public ConcurrentDictionary<string, JsonArray> ItemPermissions { get; } = new();

    /// <summary>"drive/item" → sensitivity label ids assigned to the file.</summary>
    public ConcurrentDictionary<string, string[]> ItemLabels { get; } = new();

    public static string RootOf(string drive) => $"{drive}-root";

    /// <summary>The library's members, inherited through the root, with the shape of the documentation's example.</summary>
    public static JsonObject InheritedFromRoot(string drive) => new()
    {
        ["id"] = "aTowIy5mfG1lbWJlcnNoaXA",
        ["roles"] = new JsonArray("write"),
        ["grantedToV2"] = new JsonObject { ["siteGroup"] = new JsonObject { ["displayName"] = "Members", ["id"] = "5", ["loginName"] = "Members" } },
        ["inheritedFrom"] = new JsonObject { ["driveId"] = drive, ["id"] = RootOf(drive), ["path"] = $"/drives/{drive}/root:" },
    };

    /// <summary>A grant to one person set on the item itself (broken inheritance): no inheritedFrom.</summary>
    public static JsonObject GrantedTo(string userId, string name) => new()
    {
        ["id"] = "aTowIy5mfG1lbWJlcnNoaXB8" + userId[^4..],
        ["roles"] = new JsonArray("read"),
        ["grantedToV2"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = userId, ["displayName"] = name },
            ["siteUser"] = new JsonObject { ["displayName"] = name, ["id"] = "12", ["loginName"] = $"i:0#.f|membership|{userId}" },
        },
    };

    /// <summary>A "people in your organisation" link on the item itself.</summary>
    public static JsonObject OrganisationLink() => new()
    {
        ["id"] = "b6b7c8d9-org-link",
        ["roles"] = new JsonArray("read"),
        ["link"] = new JsonObject { ["scope"] = "organization", ["type"] = "view", ["webUrl"] = "https://contoso.sharepoint.com/:w:/s/engineering/EXAMPLE" },
    };

    /// <summary>The drive's root and one folder under it, as drive delta lists them before their children.</summary>
    public string EnsureFolder(string drive, string folder)
    {
        var items = DriveItems.GetOrAdd(drive, _ => new Entities());
        var root = RootOf(drive);
        if (items.Get(root) is null)
        {
            items.Put(new JsonObject { ["id"] = root, ["name"] = "root", ["root"] = new JsonObject(), ["folder"] = new JsonObject { ["childCount"] = 1 }, ["parentReference"] = new JsonObject { ["driveId"] = drive, ["driveType"] = "documentLibrary" } }, NextChange());
        }

        var id = $"{drive}-folder-{folder}";
        if (items.Get(id) is null)
        {
            // No parentReference.path: drive delta never returns it (https://learn.microsoft.com/graph/api/driveitem-delta).
            items.Put(new JsonObject { ["id"] = id, ["name"] = folder, ["folder"] = new JsonObject { ["childCount"] = 1 }, ["parentReference"] = new JsonObject { ["driveId"] = drive, ["driveType"] = "documentLibrary", ["id"] = root } }, NextChange());
        }

        return id;
    }

    private (int, JsonNode, int?) ListPermissions(string drive, string item)
    {
        if (!DriveItems.TryGetValue(drive, out var items) || items.Get(item) is null || items.IsRemoved(item))
        {
            return NotFound();
        }

        var value = ItemPermissions.TryGetValue($"{drive}/{item}", out var own) ? own.DeepClone().AsArray() : new JsonArray(InheritedFromRoot(drive));
        var page = Page("permission", []);
        page["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#drives('{drive}')/items('{item}')/permissions";
        page["value"] = value;
        return (200, page, null);
    }

    private (int, JsonNode, int?) ExtractLabels(string drive, string item)
    {
        if (!DriveItems.TryGetValue(drive, out var items) || items.Get(item) is null || items.IsRemoved(item))
        {
            return NotFound();
        }

        var labels = new JsonArray([.. ItemLabels.GetValueOrDefault($"{drive}/{item}", []).Select(id => (JsonNode)new JsonObject
        {
            ["sensitivityLabelId"] = id,
            ["assignmentMethod"] = "standard",
            ["tenantId"] = "7c1e5b3a-2f4d-4e6a-9b8c-0d1e2f3a4b5c",
        })]);
        return (200, new JsonObject { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.extractSensitivityLabelsResult", ["labels"] = labels }, null);
    }
}
