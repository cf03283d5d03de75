namespace ExpertBot.Expertise;

/// <summary>
/// One query's working memory: arrays sized by the index's items and people, reused across queries so that the
/// hot path allocates nothing. Cleaned through the lists of what a query touched, never by a full sweep.
/// </summary>
internal sealed class QueryScratch(int itemCount, int peopleCount, int itemsPerPerson)
{
    public QueryClock Clock { get; set; }
    public bool[] Exact { get; } = new bool[peopleCount];
    public float[] Upper { get; } = new float[peopleCount];
    public float[] Lower { get; } = new float[peopleCount];
    public float[] Best { get; } = new float[Math.Max(1, itemsPerPerson)];
    public float[] Weighty { get; } = new float[Math.Max(1, itemsPerPerson)];
    public ConceptScorer Items { get; } = new(itemCount);
    public ConceptScorer Declared { get; } = new(peopleCount);
    public int[] Count { get; } = new int[peopleCount];
    public int[] Start { get; } = new int[peopleCount];
    public int[] Bucket { get; } = new int[itemCount];
    public float[] BucketScore { get; } = new float[itemCount];
    public byte[] BucketClass { get; } = new byte[itemCount];

    /// <summary>
    /// For a question of several topics, which of them each bucket's item matches (a bit per topic): a person's
    /// balance reads their buckets side by side instead of every item's mask in the scorer's item-sized array.
    /// </summary>
    public byte[] BucketTopics { get; } = new byte[itemCount];
    public float[] Shows { get; } = new float[peopleCount];
    public float[] Coverage { get; } = new float[peopleCount];

    /// <summary>
    /// For a question of several topics, how evenly each person's work shows them (<see cref="EvidenceFormula.Balance"/>):
    /// a ceiling after the pass, exact once the person is added up. Read only for people with matching work.
    /// </summary>
    public float[] Balance { get; } = new float[peopleCount];

    /// <summary>How many topics the question asks for together (0 or 1: one).</summary>
    public int Topics { get; set; }

    /// <summary>What a strong showing of each of the question's topics is (<see cref="ExpertiseSettings.TopicStrength"/>).</summary>
    public float[] TopicStrong { get; } = new float[QueryTopics.MostTopics];

    /// <summary>During the pass, the current person's best item on each topic.</summary>
    public float[] TopicMost { get; } = new float[QueryTopics.MostTopics];

    /// <summary>During the pass, the sum of the current person's items on each topic.</summary>
    public float[] TopicSum { get; } = new float[QueryTopics.MostTopics];

    /// <summary>
    /// The learned topics whose work the question reads, the first <see cref="AskedWorkCount"/>: one-line chatter
    /// that is their work is work on the question (<see cref="ShowsScoring.IsAskedWork"/>). At most a few a topic of the question.
    /// </summary>
    public int[] AskedWork { get; } = new int[QueryTopics.MostTopics * 4];

    public int AskedWorkCount { get; set; }

    public uint[] Mask { get; } = new uint[peopleCount];
    public bool HasCore { get; set; }
    public float[] Corroborates { get; } = new float[peopleCount];
    public int[] People { get; } = new int[peopleCount];
    public int PeopleCount { get; set; }
    public double[] VouchMass { get; } = new double[peopleCount];
    public int[] Vouched { get; } = new int[peopleCount];
    public int VouchedCount { get; set; }

    /// <summary>The bytes its arrays hold, for measurements: per item, per person, and the two scorers'.</summary>
    public static long Bytes(int itemCount, int peopleCount) =>
        ((long)itemCount * (sizeof(int) + sizeof(float) + (sizeof(byte) * 2))) // buckets
        + ((long)peopleCount * ((sizeof(bool) + (sizeof(float) * 6) + (sizeof(int) * 4) + sizeof(uint) + sizeof(double))))
        + ConceptScorer.Bytes(itemCount) + ConceptScorer.Bytes(peopleCount);
}
