namespace ExpertBot.CompanySim.Catalogue;

/// <summary>
/// A department: its share of the headcount, job titles in both languages, and the everyday words of its work that
/// name no catalogue topic (what people write about when they are not doing specialist work).
/// </summary>
internal sealed record Department(
    string Field,
    string English,
    string French,
    double Share,
    double FrenchShare,
    IReadOnlyList<string> TitlesEnglish,
    IReadOnlyList<string> TitlesFrench,
    string ManagerEnglish,
    string ManagerFrench,
    IReadOnlyList<string> WorkEnglish,
    IReadOnlyList<string> WorkFrench,
    IReadOnlyList<string> GenericSkills);
