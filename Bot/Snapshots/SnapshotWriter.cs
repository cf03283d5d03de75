using System.Text.Json;
using ExpertBot.Expertise;

namespace ExpertBot.Snapshots;

/// <summary>Writes an organisation as a snapshot folder, in the format <see cref="SnapshotReader"/> reads.</summary>
internal static class SnapshotWriter
{
    public static async Task WriteAsync(string directory, Organisation organisation, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        await JsonLinesFile.WriteAsync(Path.Combine(directory, SnapshotReader.PeopleFile), organisation.People, WritePerson, cancellationToken);
        await JsonLinesFile.WriteAsync(Path.Combine(directory, SnapshotReader.SignalsFile), organisation.Signals, WriteSignal, cancellationToken);
        await JsonLinesFile.WriteAsync(Path.Combine(directory, SnapshotReader.EndorsementsFile), organisation.Endorsements, WriteEndorsement, cancellationToken);
    }

    private static void WritePerson(Utf8JsonWriter w, Person p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("displayName", p.DisplayName);
        WriteOptional(w, "mail", p.Mail);
        WriteOptional(w, "userPrincipalName", p.UserPrincipalName);
        WriteOptional(w, "jobTitle", p.JobTitle);
        WriteOptional(w, "department", p.Department);
        WriteOptional(w, "officeLocation", p.OfficeLocation);
        WriteOptional(w, "preferredLanguage", p.PreferredLanguage);
        WriteOptional(w, "aboutMe", p.AboutMe);
        WriteList(w, "skills", p.Skills);
        WriteList(w, "interests", p.Interests);
        WriteList(w, "responsibilities", p.Responsibilities);
        WriteList(w, "pastProjects", p.PastProjects);
        WriteList(w, "schools", p.Schools);
        w.WriteEndObject();
    }

    private static void WriteSignal(Utf8JsonWriter w, EvidenceItem s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("personId", s.PersonId);
        w.WriteString("timestamp", s.Timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
        w.WriteString("kind", s.Kind);
        WriteOptional(w, "title", s.Title);
        WriteOptional(w, "text", s.Text);
        WriteOptional(w, "url", s.Url);
        if (s.Visibility == Visibility.Private)
        {
            w.WriteString("visibility", "private");
        }

        WriteOptional(w, "source", s.Source);
        w.WriteEndObject();
    }

    private static void WriteEndorsement(Utf8JsonWriter w, Endorsement e)
    {
        w.WriteStartObject();
        w.WriteString("endorserId", e.EndorserId);
        w.WriteString("endorseeId", e.EndorseeId);
        w.WriteString("topic", e.Topic);
        w.WriteString("timestamp", e.Timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteList(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
