namespace ExpertBot.OrgSim;

/// <summary>The topic catalogue with its family structure.</summary>
internal sealed class TopicCatalogue
{
    private readonly List<int>[] children;

    public TopicCatalogue(List<Topic> topics)
    {
        Topics = topics;
        Leaves = topics.Where(t => !t.IsFamily).ToList();
        children = topics.Select(_ => new List<int>()).ToArray();
        foreach (var topic in topics.Where(t => t.ParentIndex >= 0))
        {
            children[topic.ParentIndex].Add(topic.Index);
        }

        Fields = Leaves.Select(t => t.Field).Distinct(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<Topic> Leaves { get; }

    public IReadOnlyList<string> Fields { get; }

    public Topic this[int index] => Topics[index];

    public static TopicCatalogue Load() => new(CatalogueParser.Parse(SectionFile.ResourceLines("catalogue.")));

    public Topic? Family(Topic topic) => topic.ParentIndex >= 0 ? Topics[topic.ParentIndex] : null;

    /// <summary>Other topics under the same family (empty for a topic without family).</summary>
    public IEnumerable<int> Siblings(int topic)
    {
        var parent = Topics[topic].ParentIndex;
        return parent < 0 ? [] : children[parent].Where(c => c != topic);
    }
}
