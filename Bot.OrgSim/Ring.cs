namespace ExpertBot.OrgSim;

/// <summary>
/// A clique of colleagues endorsing each other on a topic. <see cref="Members"/> do no real work on it;
/// <see cref="Genuine"/> are real practitioners drawn into the ring (they keep their real role).
/// </summary>
internal sealed record Ring(int Id, int Topic, RingKind Kind, List<int> Members, List<int> Genuine, DateTime From, DateTime To)
{
    public bool Recent { get; init; }

    public IEnumerable<int> Everyone => Members.Concat(Genuine);
}
