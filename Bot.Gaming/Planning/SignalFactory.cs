using ExpertBot.Gaming.Output;
using ExpertBot.Gaming.Snapshot;
using ExpertBot.Gaming.Text;

namespace ExpertBot.Gaming.Planning;

/// <summary>Turns a composed item into a signal line: a unique "gaming:" id, a source and a link that fit its kind.</summary>
internal sealed class SignalFactory(string tenant)
{
    private const string Hex = "0123456789abcdef";

    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    public SignalLine Create(Person author, ComposedItem item, DateTimeOffset timestamp, Random random)
    {
        var (source, url) = Place(author, item, random);
        return new SignalLine(NewId(random), author.Id, Timeline.Format(timestamp), item.Kind, item.Title, item.Text, url, source);
    }

    private (string Source, string? Url) Place(Person author, ComposedItem item, Random random)
    {
        switch (item.Kind)
        {
            case "document":
                var fileName = Slug.From(item.Title ?? "notes") + random.Next(10) switch { < 5 => ".docx", < 9 => ".pptx", _ => ".pdf" };
                return random.NextDouble() < 0.65
                    ? ("SharePoint", LinkFactory.SharePointDocument(tenant, author.Department, fileName))
                    : ("OneDrive", LinkFactory.OneDriveDocument(tenant, author.UserPrincipalName, fileName));
            case "message":
                // Mail has no link to show; chat does.
                return random.NextDouble() < 0.85 ? ("Teams", LinkFactory.TeamsMessage(random)) : ("Outlook", null);
            case "comment" when random.NextDouble() < 0.2:
                return ("Teams", LinkFactory.TeamsMessage(random));
            default:
                return ("Viva Engage", LinkFactory.EngageThread(random));
        }
    }

    private string NewId(Random random)
    {
        while (true)
        {
            var suffix = new char[16];
            for (var i = 0; i < suffix.Length; i++)
            {
                suffix[i] = Hex[random.Next(Hex.Length)];
            }

            var id = "gaming:" + new string(suffix);
            if (ids.Add(id))
            {
                return id;
            }
        }
    }
}
