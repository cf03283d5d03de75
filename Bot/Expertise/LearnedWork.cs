namespace ExpertBot.Expertise;

/// <summary>
/// Which learned topics each item is work on (<see cref="LearnedTopics"/>, every item of each topic's list, before
/// any cap), for search to read one item at a time: which topic's work it is (one-line chatter that is work on a topic
/// the question reads is work: <see cref="ExpertiseSettings.ChatterWords"/>; a mention: <see cref="MentionRule"/>). Three bytes
/// an item, and each topic's items. Immutable; pure.
/// </summary>
internal sealed class LearnedWork
{
    /// <summary>What <see cref="TopicOf"/> says of an item that is no topic's work...</summary>
    public const int None = -1;

    /// <summary>...and of one that is the work of several (or of a topic numbered past what two bytes hold).</summary>
    public const int Several = -2;

    private const ushort NoTopic = ushort.MaxValue;
    private const ushort SeveralTopics = ushort.MaxValue - 1;

    private readonly ushort[] topicOfItem;
    private readonly byte[] topicsOfItem;
    private readonly int[][] itemsOfTopic;

    private LearnedWork(ushort[] topicOfItem, byte[] topicsOfItem, int[][] itemsOfTopic) => (this.topicOfItem, this.topicsOfItem, this.itemsOfTopic) = (topicOfItem, topicsOfItem, itemsOfTopic);

    /// <summary>From each topic's work items (every one, in item order), for an index of itemCount items.</summary>
    public static LearnedWork Of(IReadOnlyList<ConceptList> lists, int itemCount)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var topics = new ushort[itemCount];
        var counts = new byte[itemCount];
        Array.Fill(topics, NoTopic);
        for (var t = 0; t < lists.Count; t++)
        {
            foreach (var item in lists[t].Documents)
            {
                topics[item] = topics[item] == NoTopic && t < SeveralTopics ? (ushort)t : SeveralTopics;
                counts[item] = (byte)Math.Min(255, counts[item] + 1);
            }
        }

        return new LearnedWork(topics, counts, [.. lists.Select(l => l.Documents)]);
    }

    /// <summary>The one learned topic the item is work on, or <see cref="None"/>, or <see cref="Several"/>.</summary>
    public int TopicOf(int item) => topicOfItem[item] switch
    {
        NoTopic => None,
        SeveralTopics => Several,
        var topic => topic,
    };

    /// <summary>How many learned topics the item is work on (at most 255).</summary>
    public int CountOf(int item) => topicsOfItem[item];

    /// <summary>The items that are work on this topic, ascending.</summary>
    public int[] ItemsOfTopic(int topic) => itemsOfTopic[topic];

    /// <summary>How many items are work on this topic.</summary>
    public int ItemsOn(int topic) => itemsOfTopic[topic].Length;

    /// <summary>Whether the item is work on this topic (a search of the topic's items).</summary>
    public bool Holds(int topic, int item) => Array.BinarySearch(itemsOfTopic[topic], item) >= 0;
}
