namespace ExpertBot.OrgSim;

/// <summary>The planned organisation: people, rings, endorsements and the topic index, before text generation.</summary>
internal sealed class OrgPlan
{
    public OrgPlan(SimOptions options, TopicCatalogue catalogue, WordBank words)
    {
        Options = options;
        Catalogue = catalogue;
        Words = words;
        AsOf = options.AsOf.Date.AddHours(18);
        WindowStart = AsOf.Date.AddDays(-42);
    }

    public SimOptions Options { get; }

    public TopicCatalogue Catalogue { get; }

    public WordBank Words { get; }

    /// <summary>Latest possible evidence time (end of the as-of working day, UTC).</summary>
    public DateTime AsOf { get; }

    /// <summary>Start of the six-week window the rising-experts digest looks at.</summary>
    public DateTime WindowStart { get; }

    public List<PersonPlan> People { get; } = [];

    public List<Ring> Rings { get; } = [];

    public List<EndorsementRecord> Endorsements { get; } = [];

    /// <summary>Self-promoters' friends who endorse them (person index → endorser indexes).</summary>
    public Dictionary<int, List<int>> PromoterFriends { get; } = [];

    /// <summary>People with real expertise on each topic (index by topic index).</summary>
    public List<int>[] PeopleByTopic { get; private set; } = [];

    public void RebuildTopicIndex()
    {
        PeopleByTopic = Catalogue.Topics.Select(_ => new List<int>()).ToArray();
        foreach (var person in People)
        {
            foreach (var e in person.Expertise)
            {
                PeopleByTopic[e.Topic].Add(person.Index);
            }
        }
    }
}
