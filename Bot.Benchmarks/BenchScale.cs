using ExpertBot.Demo;
using ExpertBot.Expertise;

namespace ExpertBot.Benchmarks;

/// <summary>
/// The size of the organisation every benchmark works on, from the environment so that BenchmarkDotNet's child
/// processes see the same scale: EXPERTBOT_BENCH_PEOPLE (default 100,000, about 2.1 M items at 20 per person).
/// </summary>
internal static class BenchScale
{
    public const string PeopleVariable = "EXPERTBOT_BENCH_PEOPLE";
    public const string CacheVariable = "EXPERTBOT_BENCH_CACHE";
    public const int DefaultPeople = 100_000;
    public const int Seed = 42;
    public const int ItemsPerPerson = 20;

    /// <summary>How many people a query returns, as the eval command ranks them.</summary>
    public const int Top = 10;

    public static int People =>
        int.TryParse(Environment.GetEnvironmentVariable(PeopleVariable), out var people) && people > 0 ? people : DefaultPeople;

    public static SyntheticOrganisationOptions Options => new() { People = People, ItemsPerPerson = ItemsPerPerson, Seed = Seed };

    /// <summary>The moment every query is asked: the generator's "now", so that recency is reproducible.</summary>
    public static DateTimeOffset AsOf => Options.AsOf;

    /// <summary>
    /// Where built indexes are kept between processes. The key includes a hash of the engine's, the store's and
    /// the generator's code (see <see cref="CodeVersion"/>), so that a changed engine is never measured on an
    /// index built by an older one.
    /// </summary>
    public static string CacheDirectory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } configured
                ? configured
                : Path.Combine(Path.GetTempPath(), "expertbot-bench");
            return Path.Combine(root, $"{People}-people-seed{Seed}-{CodeVersion.Of(typeof(ExpertIndex).Assembly)}");
        }
    }

    public static string Describe() => $"{People:N0} people, {ItemsPerPerson} items per person, seed {Seed}";
}
