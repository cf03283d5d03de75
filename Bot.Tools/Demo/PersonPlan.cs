namespace ExpertBot.Demo;

/// <summary>A person while the organisation is being planned: who they are and which roles they were given.</summary>
internal sealed class PersonPlan(int index, string id, TeamPlan team)
{
    public int Index { get; } = index;
    public string Id { get; } = id;
    public TeamPlan Team { get; } = team;
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required string Mail { get; init; }
    public required bool French { get; init; }
    public required string JobTitle { get; init; }
    public bool IsManager { get; init; }
    public bool IsSelfPromoter { get; set; }
    public bool IsRingExtra { get; set; }
    public bool NewSkillsDecoy { get; set; }
    public bool PartlyPrivate { get; set; }
    public bool Steady { get; set; }
    public bool InRecentRing { get; set; }
    public List<TopicWork> Work { get; } = [];

    /// <summary>Topics a self-promoter declares without working on them.</summary>
    public List<int> Claims { get; } = [];

    public List<int> RingTopics { get; } = [];

    public bool WorksOn(int topic)
    {
        foreach (var work in Work)
        {
            if (work.Topic == topic)
            {
                return true;
            }
        }

        return false;
    }
}
