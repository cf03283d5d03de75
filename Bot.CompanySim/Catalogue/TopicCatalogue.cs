using System.Reflection;

namespace ExpertBot.CompanySim.Catalogue;

/// <summary>The topics people work on, their families, and the pairs of topics some people really combine.</summary>
internal sealed class TopicCatalogue
{
    private TopicCatalogue(IReadOnlyList<Topic> families, IReadOnlyList<Topic> topics, IReadOnlyList<(Topic A, Topic B)> pairs)
    {
        Families = families;
        Topics = topics;
        Pairs = pairs;
    }

    public IReadOnlyList<Topic> Families { get; }

    /// <summary>Leaf topics, in catalogue order: the ones people are planted on and asked about.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<(Topic A, Topic B)> Pairs { get; }

    public IEnumerable<Topic> All => Families.Concat(Topics);

    public IReadOnlyList<Topic> SiblingsOf(Topic topic) => topic.Parent is null
        ? []
        : [.. Topics.Where(t => t.Parent == topic.Parent && t.Id != topic.Id)];

    public IReadOnlyList<Topic> InField(string field) => [.. Topics.Where(t => t.Field == field)];

    public static TopicCatalogue Load()
    {
        using var stream = typeof(TopicCatalogue).Assembly.GetManifestResourceStream("CompanySim.topics.txt")
            ?? throw new InvalidOperationException("the embedded topic catalogue is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static TopicCatalogue Parse(string text)
    {
        var families = new List<Topic>();
        var topics = new List<Topic>();
        var pairs = new List<(string, string)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('|');
            switch (f[0])
            {
                case "family":
                    families.Add(new Topic(f[1], f[2], f[3], [], null, f[4], [], [], IsFamily: true));
                    break;
                case "topic":
                    topics.Add(new Topic(TopicId(f[2]), f[2], f[3], List(f[4]), f[5] == "-" ? null : f[5], f[1], List(f[6]), List(f[7]), IsFamily: false));
                    break;
                case "pair":
                    pairs.Add((f[1], f[2]));
                    break;
                default:
                    throw new FormatException($"unknown catalogue line: {line}");
            }
        }

        Topic Named(string english) => topics.Find(t => t.English == english) ?? throw new FormatException($"pair names unknown topic '{english}'");
        return new TopicCatalogue(families, topics, [.. pairs.Select(p => (Named(p.Item1), Named(p.Item2)))]);
    }

    // The slug of "C#" and of "C++" is the same "c"; the catalogue keeps them apart.
    private static string TopicId(string english) => english switch
    {
        "C#" => "csharp",
        "C++" => "cpp",
        _ => Slug.Of(english),
    };

    private static string[] List(string field) =>
        [.. field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
