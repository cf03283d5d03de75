namespace ExpertBot.Snapshots;

/// <summary>A snapshot line that cannot be read; names the file and line so the author can fix it.</summary>
internal sealed class SnapshotFormatException(string file, int line, string reason)
    : Exception($"{file}:{line}: {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
