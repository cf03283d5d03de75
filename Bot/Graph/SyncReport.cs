namespace ExpertBot.Graph;

/// <summary>
/// The outcome of one sync run: what is stored now (People counts active people), what this run changed or skipped,
/// and the sources that failed or still wait for their retry (the others were synced and published all the same).
/// </summary>
internal sealed record SyncReport(int People, int Items, int PeopleChanged, int PeopleRemoved, int ItemsStored, int ItemsRemoved, int Skipped, IReadOnlyList<SyncSourceStatus> Failing);
