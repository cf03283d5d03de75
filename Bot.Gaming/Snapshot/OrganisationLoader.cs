using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ExpertBot.Gaming.Snapshot;

/// <summary>Reads a snapshot folder. Signals and queries are streamed; only the fields planting needs are kept.</summary>
internal static class OrganisationLoader
{
    public static Organisation Load(string directory)
    {
        foreach (var file in SnapshotFiles.Required)
        {
            if (!File.Exists(Path.Combine(directory, file)))
            {
                throw new FileNotFoundException($"{file} is missing from {directory}");
            }
        }

        var json = GamingJson.Context;
        var catalogue = new Catalogue(ReadRecords(Path.Combine(directory, SnapshotFiles.Catalogue), json.CatalogueTopic));
        var people = ReadRecords(Path.Combine(directory, SnapshotFiles.People), json.Person);
        var roles = new RoleIndex(ReadRecords(Path.Combine(directory, SnapshotFiles.Roles), json.RoleLine), catalogue);
        var risersPath = Path.Combine(directory, SnapshotFiles.Risers);
        var risers = File.Exists(risersPath)
            ? ReadRecords(risersPath, json.RiserLine).Select(riser => riser.PersonId).ToHashSet(StringComparer.Ordinal)
            : [];

        return new Organisation(
            catalogue,
            people,
            roles,
            risers,
            ReadQueriedTopics(Path.Combine(directory, SnapshotFiles.Queries)),
            ReadNewestTimestamp(Path.Combine(directory, SnapshotFiles.Signals)));
    }

    private static List<T> ReadRecords<T>(string path, JsonTypeInfo<T> typeInfo)
    {
        var records = new List<T>();
        using var reader = new RawLineReader(path);
        while (reader.TryReadLine(out var line))
        {
            var trimmed = line.TrimEnd("\r\n"u8);
            if (trimmed.IsEmpty)
            {
                continue;
            }

            try
            {
                records.Add(JsonSerializer.Deserialize(trimmed, typeInfo)
                            ?? throw new InvalidDataException($"{path}:{reader.LineNumber}: null record"));
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"{path}:{reader.LineNumber}: {exception.Message}", exception);
            }
        }

        return records;
    }

    private static List<string> ReadQueriedTopics(string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var topics = new List<string>();
        using var reader = new RawLineReader(path);
        while (reader.TryReadLine(out var line))
        {
            if (ReadField(path, reader.LineNumber, line, static l => JsonLineFields.GetString(l, "topic"u8)) is { } topic
                && seen.Add(topic))
            {
                topics.Add(topic);
            }
        }

        return topics;
    }

    private static DateTimeOffset ReadNewestTimestamp(string path)
    {
        DateTimeOffset? newest = null;
        using var reader = new RawLineReader(path);
        while (reader.TryReadLine(out var line))
        {
            var timestamp = ReadField(path, reader.LineNumber, line, static l => JsonLineFields.GetDateTime(l, "timestamp"u8));
            if (timestamp > newest || newest is null)
            {
                newest = timestamp;
            }
        }

        return newest ?? throw new InvalidDataException($"{path} has no timestamped signal");
    }

    private static TValue? ReadField<TValue>(string path, long lineNumber, ReadOnlySpan<byte> line, ReadOnlySpanFunc<TValue> read)
    {
        var trimmed = line.TrimEnd("\r\n"u8);
        if (trimmed.IsEmpty)
        {
            return default;
        }

        try
        {
            return read(trimmed);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path}:{lineNumber}: {exception.Message}", exception);
        }
    }

    private delegate TValue? ReadOnlySpanFunc<TValue>(ReadOnlySpan<byte> line);
}
