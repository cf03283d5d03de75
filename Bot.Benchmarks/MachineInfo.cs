using System.Runtime;
using System.Runtime.InteropServices;

namespace ExpertBot.Benchmarks;

/// <summary>What a measurement ran on, printed above its figures.</summary>
internal static class MachineInfo
{
    public static void Describe() => Describe($"scale: {BenchScale.Describe()}");

    /// <param name="scale">What is measured at which scale, the first line printed.</param>
    public static void Describe(string scale)
    {
        Console.WriteLine(scale);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {LoadAverage()}");
    }

    /// <summary>The 1, 5 and 15-minute load averages (the machine is shared: figures mean little when they are high).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
