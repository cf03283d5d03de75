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
    /// Where built indexes are kept between BenchmarkDotNet's processes. The key includes the Bot assembly's
    /// module version id, which changes whenever the engine's or the generator's code does.
    /// </summary>
    public static string CacheDirectory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } configured
                ? configured
                : Path.Combine(Path.GetTempPath(), "expertbot-bench");
            var version = typeof(ExpertIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
            return Path.Combine(root, $"{People}-people-seed{Seed}-{version}");
        }
    }

    public static string Describe() => $"{People:N0} people, {ItemsPerPerson} items per person, seed {Seed}";
}
