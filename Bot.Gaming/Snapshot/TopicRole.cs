namespace ExpertBot.Gaming.Snapshot;

/// <summary>One role of a person, on a catalogue topic.</summary>
internal readonly record struct TopicRole(CatalogueTopic Topic, string Role);
