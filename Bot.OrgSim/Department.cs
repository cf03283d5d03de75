namespace ExpertBot.OrgSim;

/// <summary>A department: the catalogue fields its people mostly work in, and the job titles it uses.</summary>
internal sealed record Department(
    string Name,
    string NameFr,
    string[] Fields,
    double Weight,
    string[] Titles,
    string[] TitlesFr,
    string[] ManagerTitles);
