namespace ExpertBot.Expertise;

/// <summary>
/// One thing a query asks for, with the analysed term sequences that all mean it ("k8s", "kubernetes",
/// "container orchestration"). An item matches an alternative when it contains all of its terms. Segment says
/// which of the question's topics it belongs to ("Kubernetes and Terraform" asks for two).
/// </summary>
internal sealed record QueryConcept(string? Key, IReadOnlyList<string[]> Alternatives)
{
    public int Segment { get; init; }
}
