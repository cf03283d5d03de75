using System.Text.Encodings.Web;
using System.Text.Json;
using ExpertBot.Snapshots;

namespace ExpertBot.Demo;

/// <summary>Writes a generated organisation as a snapshot folder plus its ground truth: queries, roles and risers as JSON Lines.</summary>
internal static class SyntheticOrganisationFiles
{
    public const string QueriesFile = "queries.jsonl";
    public const string RolesFile = "roles.jsonl";
    public const string RisersFile = "risers.jsonl";

    // Accents stay readable: these files are read by people checking the ground truth, not only by code.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(string directory, SyntheticOrganisationResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        await SnapshotWriter.WriteAsync(directory, result.Organisation, cancellationToken);
        await WriteLinesAsync(Path.Combine(directory, QueriesFile), result.Queries, WriteQuery, cancellationToken);
        await WriteLinesAsync(Path.Combine(directory, RolesFile), result.Roles, WriteRole, cancellationToken);
        await WriteLinesAsync(Path.Combine(directory, RisersFile), result.Risers, WriteRiser, cancellationToken);
    }

    private static async Task WriteLinesAsync<T>(string path, IEnumerable<T> items, Action<Utf8JsonWriter, T> write, CancellationToken cancellationToken)
    {
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

    private static void WriteQuery(Utf8JsonWriter w, BenchmarkQuery q)
    {
        w.WriteStartObject();
        w.WriteString("id", q.Id);
        w.WriteString("text", q.Text);
        w.WriteString("group", q.Group);
        w.WriteStartObject("relevant");
        foreach (var (personId, grade) in q.Relevant)
        {
            w.WriteNumber(personId, grade);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteRole(Utf8JsonWriter w, PlantedRole r)
    {
        w.WriteStartObject();
        w.WriteString("personId", r.PersonId);
        w.WriteString("role", r.Role);
        if (r.Topic is not null)
        {
            w.WriteString("topic", r.Topic);
        }

        w.WriteEndObject();
    }

    private static void WriteRiser(Utf8JsonWriter w, PlantedRiser r)
    {
        w.WriteStartObject();
        w.WriteString("personId", r.PersonId);
        w.WriteString("topic", r.Topic);
        w.WriteEndObject();
    }
}
