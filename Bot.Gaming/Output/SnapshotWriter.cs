using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ExpertBot.Gaming.Planning;
using ExpertBot.Gaming.Snapshot;

namespace ExpertBot.Gaming.Output;

/// <summary>
/// Writes the gamed copy: every input file byte for byte, with new lines appended to signals, endorsements, roles
/// and gaming.jsonl, and the edited people's lines replaced in place in people.jsonl.
/// </summary>
internal sealed class SnapshotWriter(string inputDirectory, string outputDirectory)
{
    public void Write(IReadOnlyList<Campaign> campaigns)
    {
        Directory.CreateDirectory(outputDirectory);
        var json = GamingJson.Context;
        foreach (var source in Directory.EnumerateFiles(inputDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(source);
            var target = Path.Combine(outputDirectory, name);
            switch (name)
            {
                case SnapshotFiles.People:
                    CopyPeople(source, target, campaigns.SelectMany(campaign => campaign.ProfileEdits));
                    break;
                case SnapshotFiles.Signals:
                    CopyThenAppend(source, target, campaigns.SelectMany(campaign => campaign.Signals), json.SignalLine);
                    break;
                case SnapshotFiles.Endorsements:
                    CopyThenAppend(source, target, campaigns.SelectMany(campaign => campaign.Endorsements), json.EndorsementLine);
                    break;
                case SnapshotFiles.Roles:
                    CopyThenAppend(source, target, campaigns.SelectMany(campaign => campaign.Roles), json.RoleLine);
                    break;
                case SnapshotFiles.Gaming:
                    // Gaming an already gamed copy keeps the earlier record.
                    break;
                default:
                    File.Copy(source, target, overwrite: true);
                    break;
            }
        }

        var previous = Path.Combine(inputDirectory, SnapshotFiles.Gaming);
        var gaming = Path.Combine(outputDirectory, SnapshotFiles.Gaming);
        if (File.Exists(previous))
        {
            CopyThenAppend(previous, gaming, campaigns.SelectMany(campaign => campaign.People), json.GamingLine);
        }
        else
        {
            using var output = File.Create(gaming);
            AppendLines(output, campaigns.SelectMany(campaign => campaign.People), json.GamingLine);
        }
    }

    private static void CopyThenAppend<T>(string source, string target, IEnumerable<T> lines, JsonTypeInfo<T> typeInfo)
    {
        using (var input = File.OpenRead(source))
        using (var output = File.Create(target))
        {
            input.CopyTo(output, 1 << 20);
            if (input.Length > 0 && !EndsWithNewline(input))
            {
                output.WriteByte((byte)'\n');
            }

            AppendLines(output, lines, typeInfo);
        }
    }

    private static void AppendLines<T>(Stream output, IEnumerable<T> lines, JsonTypeInfo<T> typeInfo)
    {
        foreach (var line in lines)
        {
            output.Write(JsonSerializer.SerializeToUtf8Bytes(line, typeInfo));
            output.WriteByte((byte)'\n');
        }
    }

    private static bool EndsWithNewline(FileStream input)
    {
        input.Seek(-1, SeekOrigin.End);
        return input.ReadByte() == '\n';
    }

    private static void CopyPeople(string source, string target, IEnumerable<ProfileEdit> edits)
    {
        var byPerson = edits
            .GroupBy(edit => edit.PersonId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<ProfileEdit>)[.. group], StringComparer.Ordinal);
        using var reader = new RawLineReader(source);
        using var output = File.Create(target);
        while (reader.TryReadLine(out var line))
        {
            var content = line.TrimEnd("\r\n"u8);
            var id = content.IsEmpty ? null : JsonLineFields.GetString(content, "id"u8);
            if (id is not null && byPerson.TryGetValue(id, out var personEdits))
            {
                output.Write(ProfilePatcher.Apply(content, personEdits));
                output.Write(line[content.Length..]);
            }
            else
            {
                output.Write(line);
            }
        }
    }
}
