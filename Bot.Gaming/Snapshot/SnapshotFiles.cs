namespace ExpertBot.Gaming.Snapshot;

/// <summary>The file names of an organisation snapshot (see Bot.OrgSim/README.md, "Output").</summary>
internal static class SnapshotFiles
{
    public const string Catalogue = "catalogue.jsonl";
    public const string People = "people.jsonl";
    public const string Signals = "signals.jsonl";
    public const string Endorsements = "endorsements.jsonl";
    public const string Queries = "queries.jsonl";
    public const string Roles = "roles.jsonl";
    public const string Risers = "risers.jsonl";

    /// <summary>Written by this tool: who was planted, on what, how.</summary>
    public const string Gaming = "gaming.jsonl";

    public static IReadOnlyList<string> Required { get; } = [Catalogue, People, Signals, Endorsements, Queries, Roles];
}
