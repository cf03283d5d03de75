namespace ExpertBot.Demo;

/// <summary>A department of the synthetic organisation: the topics its teams work on and the job titles they hold.</summary>
internal sealed record WorkArea(
    string Key,
    string Department,
    string FrenchDepartment,
    TemplateFamily Family,
    double Weight,
    IReadOnlyList<string> TopicKeys,
    IReadOnlyList<string> JobTitles,
    IReadOnlyList<string> FrenchJobTitles,
    string ManagerTitle,
    string FrenchManagerTitle);
