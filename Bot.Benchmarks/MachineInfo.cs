using System.Runtime;
using System.Runtime.InteropServices;

namespace ExpertBot.Benchmarks;

/// <summary>What a measurement ran on, printed above its figures.</summary>
internal static class MachineInfo
{
    public static void Describe()
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        Console.WriteLine($"scale: {BenchScale.Describe()}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {load}");
    }
}
