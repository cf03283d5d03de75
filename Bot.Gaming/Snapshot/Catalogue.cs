namespace ExpertBot.Gaming.Snapshot;

/// <summary>The topic catalogue, found by id or by the canonical English name that roles.jsonl uses.</summary>
internal sealed class Catalogue
{
    private readonly Dictionary<string, CatalogueTopic> byId;
    private readonly Dictionary<string, CatalogueTopic> byEnglish;

    public Catalogue(IReadOnlyList<CatalogueTopic> topics)
    {
        Topics = topics;
        byId = topics.ToDictionary(topic => topic.Id, StringComparer.Ordinal);
        byEnglish = new Dictionary<string, CatalogueTopic>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in topics)
        {
            byEnglish.TryAdd(topic.English, topic);
        }
    }

    public IReadOnlyList<CatalogueTopic> Topics { get; }

    public CatalogueTopic? FindById(string id) => byId.GetValueOrDefault(id);

    public CatalogueTopic? FindByEnglish(string english) => byEnglish.GetValueOrDefault(english);

    public static TopicDistance Distance(CatalogueTopic a, CatalogueTopic b)
    {
        if (a.Id == b.Id)
        {
            return TopicDistance.Same;
        }

        var family = a.Parent == b.Id || b.Parent == a.Id || (a.Parent is not null && a.Parent == b.Parent);
        if (family)
        {
            return TopicDistance.SameFamily;
        }

        return a.Field == b.Field ? TopicDistance.SameField : TopicDistance.Unrelated;
    }
}
