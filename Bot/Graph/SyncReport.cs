namespace ExpertBot.Graph;

/// <summary>The outcome of one sync run: what is stored now, and what this run changed or skipped.</summary>
internal sealed record SyncReport(int People, int Items, int PeopleChanged, int PeopleRemoved, int ItemsStored, int ItemsRemoved, int Skipped);
