namespace ExpertBot.OrgSim;

/// <summary>Parses the catalogue data files (format described at the top of Data/catalogue.software.txt).</summary>
internal static class CatalogueParser
{
    public static List<Topic> Parse(IEnumerable<string> lines)
    {
        var drafts = new List<Draft>();
        var field = "general";
        Draft? current = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("%field ", StringComparison.Ordinal))
            {
                field = line["%field ".Length..].Trim();
            }
            else if (line[0] == '@')
            {
                current = ParseHeader(line, field);
                drafts.Add(current);
            }
            else
            {
                AddList(current ?? throw new InvalidDataException($"Vocabulary before any topic: {line}"), line);
            }
        }

        var topics = drafts.Select((d, i) => d.Build(i)).ToList();
        var byId = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var topic in topics.Where(t => t.ParentId is not null))
        {
            topic.ParentIndex = byId.TryGetValue(topic.ParentId!, out var parent)
                ? parent.Index
                : throw new InvalidDataException($"Unknown parent '{topic.ParentId}' of '{topic.Id}'.");
        }

        return topics;
    }

    private static Draft ParseHeader(string line, string field)
    {
        var family = line.StartsWith("@@", StringComparison.Ordinal);
        var parts = line[(family ? 2 : 1)..].Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length < 4)
        {
            throw new InvalidDataException($"Topic header needs id | English | French | aliases: {line}");
        }

        return new Draft
        {
            Id = parts[0],
            English = parts[1].TrimStart('~'),
            French = parts[2].TrimStart('~'),
            EnglishCommon = parts[1].StartsWith('~'),
            FrenchCommon = parts[2].StartsWith('~'),
            Aliases = SplitList(parts[3]),
            Parent = parts.Length > 4 && parts[4].Length > 0 ? parts[4] : null,
            Field = field,
            IsFamily = family,
        };
    }

    private static void AddList(Draft draft, string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new InvalidDataException($"Expected 'key: a; b; c' in topic {draft.Id}: {line}");
        }

        var values = SplitList(line[(colon + 1)..]);
        switch (line[..colon])
        {
            case "en": draft.TermsEn = values; break;
            case "fr": draft.TermsFr = values; break;
            case "do": draft.ActsEn = values; break;
            case "faire": draft.ActsFr = values; break;
            default: throw new InvalidDataException($"Unknown key in topic {draft.Id}: {line}");
        }
    }

    private static string[] SplitList(string text) =>
        text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private sealed class Draft
    {
        public required string Id { get; init; }
        public required string English { get; init; }
        public required string French { get; init; }
        public required bool EnglishCommon { get; init; }
        public required bool FrenchCommon { get; init; }
        public required string[] Aliases { get; init; }
        public required string? Parent { get; init; }
        public required string Field { get; init; }
        public required bool IsFamily { get; init; }
        public string[] TermsEn { get; set; } = [];
        public string[] TermsFr { get; set; } = [];
        public string[] ActsEn { get; set; } = [];
        public string[] ActsFr { get; set; } = [];

        public Topic Build(int index)
        {
            if (TermsEn.Length < 3 || TermsFr.Length < 3 || ActsEn.Length < 2 || ActsFr.Length < 2)
            {
                throw new InvalidDataException($"Topic '{Id}' needs at least 3 terms and 2 acts in each language.");
            }

            return new Topic(index, Id, English, French, EnglishCommon, FrenchCommon, Aliases, Parent, Field, IsFamily,
                TermsEn, TermsFr, ActsEn, ActsFr);
        }
    }
}
