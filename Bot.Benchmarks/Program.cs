using System.Globalization;
using BenchmarkDotNet.Running;
using ExpertBot.Benchmarks;

// ExpertBot's benchmarks (issue #3). The scale is EXPERTBOT_BENCH_PEOPLE or --people N (default 100,000);
// --people is turned into the variable so that BenchmarkDotNet's child processes see it too.
//   --measure-build [--lucene]   one build: elapsed, peak resident memory (VmHWM), heap kept
//   --measure-latency [--count N] per-query p50/p95/p99 of the engine and the Lucene baseline
//   --measure-store              save/load times and file size
//   anything else                BenchmarkDotNet (e.g. --filter '*Query*' --job short)
var rest = new List<string>(args);
if (Take(rest, "--people") is { } people)
{
    Environment.SetEnvironmentVariable(BenchScale.PeopleVariable, people);
}

if (Flag(rest, "--measure-build"))
{
    return BuildMeasurement.Run(lucene: Flag(rest, "--lucene"));
}

if (Flag(rest, "--measure-latency"))
{
    return LatencyMeasurement.Run(Take(rest, "--count") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : 2_000);
}

if (Flag(rest, "--measure-store"))
{
    return StoreMeasurement.Run();
}

if (Flag(rest, "--prepare"))
{
    BenchData.Prepare();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchScale).Assembly).Run([.. rest], BenchConfig.Create());
return 0;

static bool Flag(List<string> args, string name) => args.Remove(name);

static string? Take(List<string> args, string name)
{
    var at = args.IndexOf(name);
    if (at < 0 || at + 1 >= args.Count)
    {
        return null;
    }

    var value = args[at + 1];
    args.RemoveRange(at, 2);
    return value;
}
