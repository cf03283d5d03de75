using System.Text.Json;
using ExpertBot.Expertise;

namespace ExpertBot.Snapshots;

/// <summary>
/// Reads an organisation snapshot: a folder of JSON Lines files (people, signals, endorsements) whose
/// property names follow Microsoft Graph. The whole folder is read before anything is returned, so a bad
/// line fails the load with its file and line number and nothing is half-loaded.
/// </summary>
internal static class SnapshotReader
{
    public const string PeopleFile = "people.jsonl";
    public const string SignalsFile = "signals.jsonl";
    public const string EndorsementsFile = "endorsements.jsonl";

    public static async Task<Organisation> ReadAsync(string directory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Snapshot folder '{directory}' does not exist.");
        }

        var peoplePath = Path.Combine(directory, PeopleFile);
        if (!File.Exists(peoplePath))
        {
            throw new FileNotFoundException($"Snapshot folder '{directory}' has no {PeopleFile}.", peoplePath);
        }

        var people = await ReadLinesAsync(peoplePath, SnapshotRecords.ParsePerson, cancellationToken);
        var signals = await ReadLinesAsync(Path.Combine(directory, SignalsFile), SnapshotRecords.ParseSignal, cancellationToken);
        var endorsements = await ReadLinesAsync(Path.Combine(directory, EndorsementsFile), SnapshotRecords.ParseEndorsement, cancellationToken);

        CheckUnique(peoplePath, people, p => p.Id, "person id");
        CheckUnique(Path.Combine(directory, SignalsFile), signals, s => s.Id, "signal id");
        return new Organisation(people, signals, endorsements);
    }

    private static async Task<List<T>> ReadLinesAsync<T>(string path, Func<JsonElement, T> parse, CancellationToken cancellationToken)
    {
        var result = new List<T>();
        if (!File.Exists(path))
        {
            return result;
        }

        var name = Path.GetFileName(path);
        var lineNumber = 0;
        using var reader = new StreamReader(path);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException("expected a JSON object");
                }

                result.Add(parse(document.RootElement));
            }
            catch (JsonException ex)
            {
                throw new SnapshotFormatException(name, lineNumber, $"not valid JSON ({ex.Message})");
            }
            catch (FormatException ex)
            {
                throw new SnapshotFormatException(name, lineNumber, ex.Message);
            }
        }

        return result;
    }

    private static void CheckUnique<T>(string path, List<T> items, Func<T, string> key, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.Add(key(items[i])))
            {
                throw new SnapshotFormatException(Path.GetFileName(path), i + 1, $"duplicate {what} '{key(items[i])}'");
            }
        }
    }
}
