namespace ExpertBot.Gaming.Snapshot;

/// <summary>How close two catalogue topics are, nearest last so that the larger value is the closer one.</summary>
internal enum TopicDistance
{
    Unrelated,
    SameField,
    SameFamily,
    Same,
}
