using System.Globalization;

namespace ExpertBot.Benchmarks;

/// <summary>
/// Resident memory from /proc/self/status. BenchmarkDotNet's allocated bytes count every allocation, freed or
/// not; what the 2 GB target is about is the peak the process actually held (VmHWM).
/// </summary>
internal static class ProcessMemory
{
    /// <summary>The peak resident set size so far, in bytes; 0 where /proc is not available.</summary>
    public static long PeakResident() => Read("VmHWM:");

    public static long Resident() => Read("VmRSS:");

    /// <summary>
    /// Resets the peak to the current resident size (Linux 4.0+: writing 5 to clear_refs), so that a peak can
    /// be measured for one phase of the process. Returns false where that is not possible.
    /// </summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N0", CultureInfo.InvariantCulture) + " MB";

    private static long Read(string field)
    {
        if (!File.Exists("/proc/self/status"))
        {
            return 0;
        }

        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kilobytes = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }
}
