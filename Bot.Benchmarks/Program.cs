using System.Globalization;
using BenchmarkDotNet.Running;
using ExpertBot.Benchmarks;
using ExpertBot.Benchmarks.Turns;

// ExpertBot's benchmarks (issues #3, #11 and #13). The organisation is the in-repo generator's at
// EXPERTBOT_BENCH_PEOPLE or --people N (default 100,000), or a snapshot folder (EXPERTBOT_BENCH_SNAPSHOT or
// --snapshot DIR, e.g. written by Bot.OrgSim, its questions and groups from its queries.jsonl); the options are
// turned into the variables so that BenchmarkDotNet's child processes see them too.
//   --measure-build [--lucene]   one build: elapsed, peak resident memory (VmHWM), heap kept
//   --measure-latency [--count N] per-query p50/p95/p99 of the engine and the Lucene baseline, by group
//   --measure-concurrency [--concurrency 16] [--count N]  throughput, latency and memory under concurrent queries
//   --measure-store              save/load times and file size
//   --measure-turns [--rate 100] [--seconds 60] [--outage-seconds 30] [--outage-rate 1] [--retry-after 1|none]
//                                the real bot under load against a fake Bot Connector, then through a connector outage
//   --measure-graph [--people N] [--documents D]  requests of a full and an empty Graph sync against the fake Graph
//   --measure-digest [--subscribers 10000] [--week 2026-11-20]  one weekly digest run: time, Table/connector calls, memory
//   anything else                BenchmarkDotNet (e.g. --filter '*Query*' --job short)
var rest = new List<string>(args);
if (Take(rest, "--people") is { } people)
{
    Environment.SetEnvironmentVariable(BenchScale.PeopleVariable, people);
}

if (Take(rest, "--snapshot") is { } snapshot)
{
    Environment.SetEnvironmentVariable(BenchScale.SnapshotVariable, Path.GetFullPath(snapshot));
}

if (Flag(rest, "--measure-build"))
{
    return BuildMeasurement.Run(lucene: Flag(rest, "--lucene"));
}

if (Flag(rest, "--measure-latency"))
{
    return LatencyMeasurement.Run(Take(rest, "--count") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : 2_000);
}

if (Flag(rest, "--measure-concurrency"))
{
    return ConcurrencyMeasurement.Run(
        Take(rest, "--concurrency") is { } threads ? int.Parse(threads, CultureInfo.InvariantCulture) : 16,
        Take(rest, "--count") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : 4_000);
}

if (Flag(rest, "--measure-graph"))
{
    return GraphRequestMeasurement.Run(
        int.Parse(Environment.GetEnvironmentVariable(BenchScale.PeopleVariable) ?? "10000", CultureInfo.InvariantCulture),
        Take(rest, "--documents") is { } documents ? int.Parse(documents, CultureInfo.InvariantCulture) : 4);
}

if (Flag(rest, "--measure-store"))
{
    return StoreMeasurement.Run();
}

if (Flag(rest, "--measure-turns"))
{
    var defaults = new TurnLoadOptions();
    return await TurnLoadMeasurement.RunAsync(new TurnLoadOptions
    {
        Rate = Take(rest, "--rate") is { } rate ? int.Parse(rate, CultureInfo.InvariantCulture) : defaults.Rate,
        Seconds = Take(rest, "--seconds") is { } seconds ? int.Parse(seconds, CultureInfo.InvariantCulture) : defaults.Seconds,
        OutageSeconds = Take(rest, "--outage-seconds") is { } outage ? int.Parse(outage, CultureInfo.InvariantCulture) : defaults.OutageSeconds,
        OutageRate = Take(rest, "--outage-rate") is { } outageRate ? double.Parse(outageRate, CultureInfo.InvariantCulture) : defaults.OutageRate,
        RetryAfter = Take(rest, "--retry-after") is { } retryAfter ? (retryAfter == "none" ? null : retryAfter) : defaults.RetryAfter,
    });
}

if (Flag(rest, "--measure-digest"))
{
    return DigestMeasurement.Run(
        Take(rest, "--subscribers") is { } subscribers ? int.Parse(subscribers, CultureInfo.InvariantCulture) : 10_000,
        DateOnly.ParseExact(Take(rest, "--week") ?? "2026-11-20", "yyyy-MM-dd", CultureInfo.InvariantCulture));
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
