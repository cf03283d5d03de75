namespace ExpertBot.Demo;

/// <summary>A team while the organisation is being planned: one area, one office, a few topics, a manager and members.</summary>
internal sealed class TeamPlan(int index, WorkArea area, string office, string name, int[] topics)
{
    public int Index { get; } = index;
    public WorkArea Area { get; } = area;
    public string Office { get; } = office;
    public string Name { get; } = name;
    public List<int> Topics { get; } = [.. topics];
    public List<PersonPlan> Members { get; } = [];
    public string Slug { get; } = area.Key + "-" + name.ToLowerInvariant().Replace(' ', '-');
    public string SiteSource { get; } = $"SharePoint · {area.Department} · {name}";
    public string ChatSource { get; } = $"Teams · {area.Department} · {name}";
    public string CommunitySource { get; } = $"Viva Engage · {area.Department}";
}
