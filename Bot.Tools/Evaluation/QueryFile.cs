using System.Text.Json;
using ExpertBot.Cli;

namespace ExpertBot.Evaluation;

/// <summary>A query of a measurement set: id, text, optional group and graded relevant people.</summary>
internal sealed record QueryLine(string Id, string Text, string? Group, IReadOnlyDictionary<string, int> Relevant)
{
    /// <summary>The topic the query is about, when the set names it (matched with the roles file).</summary>
    public string? Topic { get; init; }
}

/// <summary>Reads queries.jsonl; a bad line stops the run with its line number.</summary>
internal static class QueryFile
{
    public static async Task<IReadOnlyList<QueryLine>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new CommandLineException($"query file '{path}' does not exist");
        }

        var result = new List<QueryLine>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var e = doc.RootElement;
                var id = e.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : throw new FormatException("'id' (a string) is required");
                var text = e.TryGetProperty("text", out var textValue) && textValue.ValueKind == JsonValueKind.String ? textValue.GetString()! : throw new FormatException("'text' (a string) is required");
                var group = e.TryGetProperty("group", out var groupValue) && groupValue.ValueKind == JsonValueKind.String ? groupValue.GetString() : null;
                var relevant = new Dictionary<string, int>(StringComparer.Ordinal);
                if (e.TryGetProperty("relevant", out var rel) && rel.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in rel.EnumerateObject())
                    {
                        relevant[p.Name] = p.Value.TryGetInt32(out var grade) ? grade : throw new FormatException($"grade of '{p.Name}' must be a whole number");
                    }
                }

                var topic = e.TryGetProperty("topic", out var topicValue) && topicValue.ValueKind == JsonValueKind.String ? topicValue.GetString() : null;
                result.Add(new QueryLine(id, text, group, relevant) { Topic = topic });
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
            {
                throw new CommandLineException($"{Path.GetFileName(path)}:{number}: {ex.Message}");
            }
        }

        return result;
    }
}
