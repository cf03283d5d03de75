using System.Text.Encodings.Web;
using System.Text.Json;

namespace ExpertBot.Snapshots;

/// <summary>Writes JSON Lines files: one object per line, accents readable, written aside and moved into place.</summary>
internal static class JsonLinesFile
{
    // Accents stay readable: snapshots and ground truth are read by people too, not only by code.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync<T>(string path, IEnumerable<T> items, Action<Utf8JsonWriter, T> write, CancellationToken cancellationToken = default)
    {
        // Written next to the target and moved into place, so a reader never sees half a file.
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            var buffer = new MemoryStream();
            await using var writer = new Utf8JsonWriter(buffer, Options);
            foreach (var item in items)
            {
                buffer.SetLength(0);
                writer.Reset(buffer);
                write(writer, item);
                await writer.FlushAsync(cancellationToken);
                buffer.WriteByte((byte)'\n');
                await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
