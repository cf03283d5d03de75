using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ExpertBot.CompanySim.Generation;
using ExpertBot.CompanySim.Planting;

namespace ExpertBot.CompanySim.Output;

/// <summary>Writes a generated organisation as JSON Lines (UTF-8 without BOM, camelCase, nulls left out, '\n' endings).</summary>
internal static class CompanyWriter
{
    public const string People = "people.jsonl";
    public const string Signals = "signals.jsonl";
    public const string Endorsements = "endorsements.jsonl";
    public const string Queries = "queries.jsonl";
    public const string Roles = "roles.jsonl";
    public const string Catalogue = "catalogue.jsonl";
    public const string Gaming = "gaming.jsonl";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(Company company, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        await WriteLinesAsync(Path.Combine(directory, Catalogue), company.Catalogue.All.Select(t =>
            new CatalogueLine(t.Id, t.English, t.French, t.Aliases, t.Parent, t.Field)), cancellationToken);
        await WriteLinesAsync(Path.Combine(directory, People), company.People.Select(p => new PersonLine(
            p.Id, p.DisplayName, p.Mail, p.Mail, p.JobTitle, p.WritesFrench ? p.Department.French : p.Department.English, p.Office,
            p.WritesFrench ? "fr-FR" : "en-US", p.AboutMe, p.Skills, p.Responsibilities, p.PastProjects)), cancellationToken);
        await WriteLinesAsync(Path.Combine(directory, Signals), company.Items.Select(i =>
            new SignalLine(i.Id, i.PersonId, Stamp(i.Timestamp), i.Kind, i.Title, i.Text, i.Url)), cancellationToken);
        await WriteLinesAsync(Path.Combine(directory, Endorsements), company.Endorsements.Select(e =>
            new EndorsementLine(e.EndorserId, e.EndorseeId, e.Topic, Stamp(e.Timestamp))), cancellationToken);
        await WriteLinesAsync(Path.Combine(directory, Queries), company.Queries, cancellationToken);
        await WriteLinesAsync(Path.Combine(directory, Roles), RoleLines(company.Plan), cancellationToken);
        await WriteLinesAsync(Path.Combine(directory, Gaming), GamingLines(company.Plan), cancellationToken);
    }

    private static IEnumerable<RoleLine> RoleLines(OrgPlan plan) =>
        plan.Real.Concat(plan.Managers).Concat(plan.SelfPromoters).Concat(plan.Siblings)
            .Select(a => new RoleLine(a.Person.Id, a.Role, a.Topic.English))
            .Concat(plan.Rings.SelectMany(r => r.Gamers.Select(g => new RoleLine(g.Id, Planting.Roles.RingMember, r.Topic.English))));

    private static IEnumerable<GamingLine> GamingLines(OrgPlan plan) =>
        plan.SelfPromoters.Select(a => new GamingLine(a.Person.Id, a.Topic.Id, a.Role, a.Style ?? "promotion"))
            .Concat(plan.Rings.SelectMany(r => r.Gamers.Select(g =>
                new GamingLine(g.Id, r.Topic.Id, Planting.Roles.RingMember, $"{r.Style}:ring-{r.Number + 1:D2}"))));

    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task WriteLinesAsync<T>(string path, IEnumerable<T> lines, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(line, Json).AsMemory(), cancellationToken);
        }
    }
}
