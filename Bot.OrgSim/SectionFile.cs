using System.Reflection;

namespace ExpertBot.OrgSim;

/// <summary>
/// Reads the embedded data files. Two shapes: "[section]" files (phrasebooks, name lists) and raw line files (catalogue).
/// Lines starting with '#' are comments; blank lines are ignored.
/// </summary>
internal static class SectionFile
{
    private const string ResourcePrefix = "OrgSim.";

    public static IEnumerable<string> ResourceLines(string filePrefix)
    {
        var assembly = typeof(SectionFile).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + filePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException($"No embedded data file starts with '{filePrefix}'.");
        }

        foreach (var name in names)
        {
            foreach (var line in ReadResource(assembly, name))
            {
                yield return line;
            }
        }
    }

    public static Dictionary<string, List<string>> LoadSections(string filePrefix)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in ResourceLines(filePrefix))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                var name = line[1..^1];
                if (!sections.TryGetValue(name, out current))
                {
                    current = [];
                    sections[name] = current;
                }

                continue;
            }

            if (current is null)
            {
                throw new InvalidDataException($"Line outside a section in '{filePrefix}': {line}");
            }

            current.Add(line);
        }

        return sections;
    }

    private static List<string> ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
