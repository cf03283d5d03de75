using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExpertBot.OrgSim;

/// <summary>Writes one JSON object per line (UTF-8, camelCase, nulls omitted), buffered.</summary>
internal sealed class JsonLinesWriter : IDisposable
{
    private const int FlushThreshold = 1 << 20;

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly FileStream stream;
    private readonly ArrayBufferWriter<byte> buffer = new(FlushThreshold * 2);
    private readonly Utf8JsonWriter writer;

    public JsonLinesWriter(string path)
    {
        stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public long Lines { get; private set; }

    public long Bytes => stream.Position + buffer.WrittenCount;

    public void Write<T>(T value)
    {
        JsonSerializer.Serialize(writer, value, SerializerOptions);
        writer.Flush();
        writer.Reset();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        Lines++;
        if (buffer.WrittenCount >= FlushThreshold)
        {
            Drain();
        }
    }

    public void Dispose()
    {
        Drain();
        writer.Dispose();
        stream.Dispose();
    }

    private void Drain()
    {
        stream.Write(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
    }
}
