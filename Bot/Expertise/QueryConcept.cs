namespace ExpertBot.Expertise;

/// <summary>
/// One thing a query asks for, with the analysed term sequences that all mean it ("k8s", "kubernetes",
/// "container orchestration"). An item matches an alternative when it contains all of its terms. Segment says
/// which of the question's topics it belongs to ("Kubernetes and Terraform" asks for two).
/// </summary>
internal sealed record QueryConcept(string? Key, IReadOnlyList<string[]> Alternatives)
{
    public int Segment { get; init; }

    /// <summary>How much a match counts: 1 for what the question names, less for words learned from its best matches.</summary>
    public float Weight { get; init; } = 1;

    /// <summary>Learned from the question's best matches, not asked: it widens what matches, not the question's scale.</summary>
    public bool Expansion { get; init; }

    /// <summary>
    /// The known topic a short question is about when it also has other words ("user experience design"): the
    /// other words refine it, they do not replace it, so evidence without the topic itself does not answer.
    /// </summary>
    public bool Core { get; init; }

    /// <summary>
    /// A word of the names of several of the organisation's topics ("law", "language"): it says what kind the
    /// topic is, so like a common word it only adds where the question's other words match (<see cref="CommonWords"/>).
    /// </summary>
    public bool Kind { get; init; }

    /// <summary>
    /// Of a question longer than a topic that is exactly a name the organisation gives one of its own topics ("CDISC
    /// clinical data standards"): read as that topic, not as a paragraph.
    /// </summary>
    public bool Named { get; init; }

    /// <summary>The bit of <see cref="ConceptScorer.Covered"/> that says a document matches a core concept.</summary>
    public const uint CoreBit = 1U << 31;
}
