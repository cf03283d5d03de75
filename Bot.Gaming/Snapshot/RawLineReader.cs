namespace ExpertBot.Gaming.Snapshot;

/// <summary>
/// Reads a file as raw UTF-8 lines. Lines are never decoded into strings, so a 1.7 GB signals file streams through a
/// small buffer, and a line can be copied back byte for byte.
/// </summary>
internal sealed class RawLineReader : IDisposable
{
    private const int InitialBufferSize = 1 << 20;

    private readonly FileStream stream;
    private byte[] buffer = new byte[InitialBufferSize];
    private int start;
    private int end;
    private bool endOfFile;

    public RawLineReader(string path) =>
        stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>The number of the line last returned, from 1.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The next line with its terminator (none on an unterminated last line); valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = buffer.AsSpan(start, newline + 1);
                start += newline + 1;
                LineNumber++;
                return true;
            }

            if (endOfFile)
            {
                line = buffer.AsSpan(start, end - start);
                start = end;
                if (line.IsEmpty)
                {
                    return false;
                }

                LineNumber++;
                return true;
            }

            Refill();
        }
    }

    public void Dispose() => stream.Dispose();

    private void Refill()
    {
        var pending = end - start;
        if (pending == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        else if (start > 0)
        {
            buffer.AsSpan(start, pending).CopyTo(buffer);
        }

        start = 0;
        end = pending;
        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            endOfFile = true;
        }
        else
        {
            end += read;
        }
    }
}
