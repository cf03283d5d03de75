using ExpertBot.Gaming.Snapshot;

namespace ExpertBot.Gaming.Planning;

/// <summary>A topic chosen for gaming, and how it will be gamed.</summary>
internal sealed record PlannedTopic(CatalogueTopic Topic, GamingStyle Style);
