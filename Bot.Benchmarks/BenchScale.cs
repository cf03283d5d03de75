using System.Security.Cryptography;
using System.Text;
using ExpertBot.Demo;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Benchmarks;

/// <summary>
/// The organisation every benchmark works on, from the environment so that BenchmarkDotNet's child processes
/// see the same one: a snapshot folder (EXPERTBOT_BENCH_SNAPSHOT, e.g. one written by Bot.OrgSim) when set,
/// otherwise the in-repo generator at EXPERTBOT_BENCH_PEOPLE people (default 100,000, about 2.1 M items at
/// 20 per person).
/// </summary>
internal static class BenchScale
{
    public const string PeopleVariable = "EXPERTBOT_BENCH_PEOPLE";
    public const string SnapshotVariable = "EXPERTBOT_BENCH_SNAPSHOT";
    public const string CacheVariable = "EXPERTBOT_BENCH_CACHE";
    public const int DefaultPeople = 100_000;
    public const int Seed = 42;
    public const int ItemsPerPerson = 20;

    /// <summary>The snapshot's questions, with their "group" field (canonical, alias, typo, …).</summary>
    public const string SnapshotQueriesFile = "queries.jsonl";

    /// <summary>How many people a query returns, as the eval command ranks them.</summary>
    public const int Top = 10;

    public static int People =>
        int.TryParse(Environment.GetEnvironmentVariable(PeopleVariable), out var people) && people > 0 ? people : DefaultPeople;

    /// <summary>The snapshot folder measured instead of the generated organisation, or null.</summary>
    public static string? Snapshot =>
        Environment.GetEnvironmentVariable(SnapshotVariable) is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;

    public static SyntheticOrganisationOptions Options => new() { People = People, ItemsPerPerson = ItemsPerPerson, Seed = Seed };

    /// <summary>
    /// The moment every query is asked, so that recency is reproducible: the generator's "now", or for a
    /// snapshot its newest item (as the eval command asks by default).
    /// </summary>
    public static DateTimeOffset AsOf(ExpertIndex engine) => Snapshot is null ? Options.AsOf : engine.LatestTimestamp;

    /// <summary>
    /// Where built indexes are kept between processes. The key includes a hash of the engine's, the store's and
    /// the generator's code (see <see cref="CodeVersion"/>), so that a changed engine is never measured on an
    /// index built by an older one, and for a snapshot the folder and its files' sizes and times.
    /// </summary>
    public static string CacheDirectory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } configured
                ? configured
                : Path.Combine(Path.GetTempPath(), "expertbot-bench");
            var data = Snapshot is { } folder
                ? $"snapshot-{Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar))}-{SnapshotVersion(folder)}"
                : $"{People}-people-seed{Seed}";
            return Path.Combine(root, $"{data}-{CodeVersion.Of(typeof(ExpertIndex).Assembly, typeof(SyntheticOrganisation).Assembly)}");
        }
    }

    public static string Describe() => Snapshot is { } folder
        ? $"snapshot {folder}"
        : $"{People:N0} people, {ItemsPerPerson} items per person, seed {Seed}";

    private static string SnapshotVersion(string folder)
    {
        var key = new StringBuilder(folder);
        foreach (var name in new[] { SnapshotReader.PeopleFile, SnapshotReader.SignalsFile, SnapshotReader.EndorsementsFile, SnapshotQueriesFile })
        {
            var file = new FileInfo(Path.Combine(folder, name));
            key.Append('|').Append(name).Append(':').Append(file.Exists ? $"{file.Length}@{file.LastWriteTimeUtc.Ticks}" : "-");
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..8].ToLowerInvariant();
    }
}
