using System.Text;
using System.Text.Json.Nodes;
using ExpertBot.Gaming.Planning;

namespace ExpertBot.Gaming.Output;

/// <summary>Rewrites a people.jsonl line with a gamer's new skill and "about me" sentence, other fields untouched.</summary>
internal static class ProfilePatcher
{
    public static byte[] Apply(ReadOnlySpan<byte> line, IReadOnlyList<ProfileEdit> edits)
    {
        var person = JsonNode.Parse(line)?.AsObject() ?? throw new InvalidDataException("empty people.jsonl line");
        foreach (var edit in edits)
        {
            AddSkill(person, edit.Skill);
            if (edit.AboutMe is { } sentence)
            {
                AddAboutMe(person, sentence);
            }
        }

        return Encoding.UTF8.GetBytes(person.ToJsonString(GamingJson.Context.Options));
    }

    private static void AddSkill(JsonObject person, string skill)
    {
        if (person["skills"] is JsonArray skills)
        {
            var known = skills.Any(existing =>
                string.Equals(existing?.GetValue<string>(), skill, StringComparison.OrdinalIgnoreCase));
            if (!known)
            {
                skills.Add(skill);
            }

            return;
        }

        // Keep the snapshot's field order: skills come after aboutMe.
        person.Insert(IndexAfter(person, "aboutMe", "preferredLanguage"), "skills", new JsonArray(skill));
    }

    private static void AddAboutMe(JsonObject person, string sentence)
    {
        if (person["aboutMe"]?.GetValue<string>() is { Length: > 0 } aboutMe)
        {
            person["aboutMe"] = aboutMe.TrimEnd() + " " + sentence;
            return;
        }

        person.Remove("aboutMe");
        person.Insert(IndexAfter(person, "preferredLanguage"), "aboutMe", sentence);
    }

    private static int IndexAfter(JsonObject person, params ReadOnlySpan<string> candidates)
    {
        foreach (var name in candidates)
        {
            var index = person.IndexOf(name);
            if (index >= 0)
            {
                return index + 1;
            }
        }

        return person.Count;
    }
}
