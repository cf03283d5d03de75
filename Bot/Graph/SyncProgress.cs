namespace ExpertBot.Graph;

/// <summary>What a running sync reports: the stage (people, a library, a channel) and counts so far.</summary>
internal sealed record SyncProgress(string Stage, int People, int ItemsStored, int ItemsRemoved);
