namespace ExpertBot.Expertise;

/// <summary>
/// A person recommended for a topic and why, in the three kinds of evidence kept apart: what their work
/// shows (Evidence, never a private item), what they say (Says) and who vouches for them (Vouched).
/// </summary>
internal sealed record ExpertMatch(Person Person, double Score, IReadOnlyList<EvidenceHit> Evidence)
{
    /// <summary>Declared skills, responsibilities, projects or interests that match the topic.</summary>
    public IReadOnlyList<string> Says { get; init; } = [];

    public VouchSummary Vouched { get; init; } = VouchSummary.None;

    /// <summary>The score's three parts: Score = Shows + Says + Vouch.</summary>
    public ScoreParts Parts { get; init; } = new(0, 0, 0);

    /// <summary>For a question of several topics ("Kubernetes and Terraform"), which of them the person's work shows; null for one topic.</summary>
    public TopicCoverage? Coverage { get; init; }
}

/// <summary>
/// The topics a question of several asks for, as it wrote them, and those a person's work shows (items, not what
/// they declare nor what colleagues vouch), in the question's order: the answer says who shows all of them.
/// </summary>
internal sealed record TopicCoverage(IReadOnlyList<string> Asked, IReadOnlyList<string> Shown)
{
    /// <summary>Whether the person's work shows every topic asked.</summary>
    public bool All => Shown.Count == Asked.Count;
}

/// <summary>One evidence item and how well it matched the topic (weighted by its kind and age).</summary>
internal sealed record EvidenceHit(EvidenceItem Item, double Score);

/// <summary>How much of a score each kind of evidence gave.</summary>
internal readonly record struct ScoreParts(double Shows, double Says, double Vouch)
{
    /// <summary>The parts scaled alike, so that they still add up to the score.</summary>
    public ScoreParts Times(double factor) => new(Shows * factor, Says * factor, Vouch * factor);
}
