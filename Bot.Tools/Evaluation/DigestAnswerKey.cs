using System.Text.Json;
using ExpertBot.Cli;

namespace ExpertBot.Evaluation;

/// <summary>
/// The answer key an OrgSim organisation comes with, as the digest's measurement reads it: the planted risers and
/// decoys (risers.jsonl), each person's roles (roles.jsonl) and the topics' names (catalogue.jsonl), so that a
/// digest topic can be matched with the planted one by the names people would ask with.
/// </summary>
internal sealed record DigestAnswerKey(
    IReadOnlyList<(string PersonId, string Topic, string Pattern)> Planted,
    IReadOnlyList<(string PersonId, string Role, string Topic)> Roles,
    IReadOnlyDictionary<string, IReadOnlyList<string>> NamesOfTopic)
{
    /// <summary>The patterns of people really rising ("riser": a key that names no pattern); every other pattern is a decoy.</summary>
    public static readonly string[] RisingPatterns = ["steady-ramp", "late-burst", "accelerating-expert", "riser"];

    public static async Task<DigestAnswerKey> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        var planted = new List<(string, string, string)>();
        foreach (var e in await LinesAsync(Path.Combine(directory, "risers.jsonl"), cancellationToken))
        {
            planted.Add((Text(e, "personId"), Text(e, "topic"), e.TryGetProperty("pattern", out var p) ? p.GetString() ?? "riser" : "riser"));
        }

        var roles = new List<(string, string, string)>();
        foreach (var e in await LinesAsync(Path.Combine(directory, "roles.jsonl"), cancellationToken))
        {
            roles.Add((Text(e, "personId"), Text(e, "role"), e.TryGetProperty("topic", out var t) ? t.GetString() ?? string.Empty : string.Empty));
        }

        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var catalogue = Path.Combine(directory, "catalogue.jsonl");
        foreach (var e in File.Exists(catalogue) ? await LinesAsync(catalogue, cancellationToken) : [])
        {
            var english = Text(e, "english");
            var aliases = e.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
            names[english] = [english, Text(e, "french"), .. aliases];
        }

        return new DigestAnswerKey(planted, roles, names);
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new CommandLineException($"'{name}' (a string) is required");

    private static async Task<List<JsonElement>> LinesAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CommandLineException($"'{path}' does not exist: --answers names the folder OrgSim wrote");
        }

        var result = new List<JsonElement>();
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using var doc = JsonDocument.Parse(line);
                result.Add(doc.RootElement.Clone());
            }
        }

        return result;
    }
}
