namespace ExpertBot.Demo;

/// <summary>Which set of title templates fits an area's work: a runbook reads wrong in a legal team.</summary>
internal enum TemplateFamily
{
    Tech,
    Law,
    Business,
}
