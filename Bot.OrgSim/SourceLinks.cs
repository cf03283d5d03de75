namespace ExpertBot.OrgSim;

/// <summary>Where an item lives: its source system and an https link when the system has one.</summary>
internal sealed class SourceLinks
{
    private const string Tenant = "meridiangroup";

    private readonly string[] sites = Departments.All.Select(d => TextCase.Slug(d.Name, '-', 40)).ToArray();

    public (string Source, string? Url) For(ItemKind kind, PersonPlan person, string? title, Random rng) => kind switch
    {
        ItemKind.Document => rng.Chance(0.8)
            ? ("SharePoint", Document(person, title, rng))
            : ("OneDrive", $"https://{Tenant}-my.sharepoint.com/personal/{TextCase.Slug(person.Mail, '_', 80)}/Documents/{FileName(title, rng)}"),
        ItemKind.Post or ItemKind.Question => ("Viva Engage", Thread(rng)),
        ItemKind.Answer => rng.Chance(0.6) ? ("Viva Engage", Thread(rng)) : ("Teams", Teams(rng)),
        ItemKind.Message => rng.Chance(0.85) ? ("Teams", Teams(rng)) : ("Outlook", null),
        ItemKind.Comment => rng.Chance(0.5) ? ("SharePoint", Document(person, null, rng)) : ("Viva Engage", Thread(rng)),
        _ => ("Outlook calendar", null),
    };

    private static string Thread(Random rng) => "https://engage.cloud.microsoft/main/threads/" + rng.Digits(12);

    private static string Teams(Random rng) =>
        $"https://teams.microsoft.com/l/message/19:{rng.Hex(32)}@thread.tacv2/{rng.Digits(13)}";

    private static string FileName(string? title, Random rng)
    {
        var slug = title is null ? "" : TextCase.Slug(title, '-', 60);
        return (slug.Length == 0 ? "notes-" + rng.Hex(6) : slug) + (rng.Chance(0.8) ? ".docx" : ".pptx");
    }

    private string Document(PersonPlan person, string? title, Random rng) =>
        $"https://{Tenant}.sharepoint.com/sites/{sites[person.Department]}/Shared%20Documents/{FileName(title, rng)}";
}
