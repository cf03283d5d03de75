using System.Diagnostics;

namespace ExpertBot.Benchmarks.Turns;

/// <summary>
/// A process this measurement started, its output copied to a log file (a pipe nobody reads would stall it),
/// ended with its children when the measurement ends.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly object writing = new();
    private bool closed;

    private ChildProcess(Process process, StreamWriter log)
    {
        this.process = process;
        this.log = log;
    }

    public string LogPath { get; private init; } = string.Empty;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>CPU time the process has used so far (user and system); zero once it has exited.</summary>
    public TimeSpan CpuTime => Read(p => p.TotalProcessorTime);

    /// <summary>The process's peak resident memory so far (VmHWM on Linux); zero once it has exited.</summary>
    public long PeakResident => Read(p => p.PeakWorkingSet64);

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string logPath, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var child = new ChildProcess(process, new StreamWriter(logPath)) { LogPath = logPath };
        process.OutputDataReceived += (_, e) => child.Write(e.Data);
        process.ErrorDataReceived += (_, e) => child.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }

        process.Dispose();
        lock (writing)
        {
            closed = true;
            log.Dispose();
        }
    }

    private T Read<T>(Func<Process, T> read)
    {
        try
        {
            process.Refresh();
            return read(process);
        }
        catch (InvalidOperationException)
        {
            // The process has exited: /proc no longer has it.
            return default!;
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (writing)
        {
            if (!closed)
            {
                log.WriteLine(line);
            }
        }
    }
}
