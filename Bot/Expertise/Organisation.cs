namespace ExpertBot.Expertise;

/// <summary>Everything known about one tenant's people: what they say, what their work shows, who vouches for them.</summary>
internal sealed record Organisation(
    IReadOnlyList<Person> People,
    IReadOnlyList<EvidenceItem> Signals,
    IReadOnlyList<Endorsement> Endorsements)
{
    public static Organisation Empty { get; } = new([], [], []);
}
