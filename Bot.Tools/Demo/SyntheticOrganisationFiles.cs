using System.Text.Json;
using ExpertBot.Snapshots;

namespace ExpertBot.Demo;

/// <summary>Writes a generated organisation as a snapshot folder plus its ground truth: queries, roles and risers as JSON Lines.</summary>
internal static class SyntheticOrganisationFiles
{
    public const string QueriesFile = "queries.jsonl";
    public const string RolesFile = "roles.jsonl";
    public const string RisersFile = "risers.jsonl";

    public static async Task WriteAsync(string directory, SyntheticOrganisationResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        await SnapshotWriter.WriteAsync(directory, result.Organisation, cancellationToken);
        await JsonLinesFile.WriteAsync(Path.Combine(directory, QueriesFile), result.Queries, WriteQuery, cancellationToken);
        await JsonLinesFile.WriteAsync(Path.Combine(directory, RolesFile), result.Roles, WriteRole, cancellationToken);
        await JsonLinesFile.WriteAsync(Path.Combine(directory, RisersFile), result.Risers, WriteRiser, cancellationToken);
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
