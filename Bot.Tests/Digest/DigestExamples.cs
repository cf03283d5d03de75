using ExpertBot.Digest;
using ExpertBot.Expertise;

namespace ExpertBot.Tests.Digest;

/// <summary>Literal organisations for the digest tests: people, items "n days before the week's end", endorsements.</summary>
internal sealed class DigestExamples
{
    public static readonly DateOnly Week = new(2026, 11, 20);
    private static readonly DateTimeOffset End = new(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);

    private readonly List<Person> people = [];
    private readonly List<EvidenceItem> items = [];
    private readonly List<Endorsement> endorsements = [];

    public Organisation Organisation => new(people, items, endorsements);

    /// <summary>
    /// Nina took up Kubernetes these weeks; three colleagues worked on it long ago and list it as a skill; twenty
    /// others work on other things (so that Kubernetes' own words stand out from the office's).
    /// </summary>
    public static Organisation NinaRisingOnKubernetes => WithColleagues(NewOnKubernetes(new DigestExamples(), "nina")).Organisation;

    /// <summary>Work on Kubernetes on six days over five weeks, by someone who never worked on it before.</summary>
    public static DigestExamples NewOnKubernetes(DigestExamples org, string id) =>
        org.Person(id).Item(id, 2).Item(id, 6).Item(id, 9, EvidenceKinds.Answer).Item(id, 16).Item(id, 23).Item(id, 30);

    /// <summary>Three former Kubernetes practitioners and twenty colleagues whose work is on other topics.</summary>
    public static DigestExamples WithColleagues(DigestExamples org)
    {
        foreach (var old in new[] { "omar", "olga", "oscar" })
        {
            org.Person(old, "Platform", "Kubernetes").Item(old, 200).Item(old, 300).Item(old, 320);
        }

        string[] others = ["the quarterly budget", "the office move", "the hiring plan", "the supplier review"];
        for (var i = 0; i < 20; i++)
        {
            org.Person($"colleague{i}");
            for (var k = 0; k < 8; k++)
            {
                org.Item($"colleague{i}", 3 + (k * 40) + i, topic: others[(i + k) % others.Length]);
            }
        }

        return org;
    }

    public DigestExamples Person(string id, string? department = null, params string[] skills)
    {
        people.Add(new Person { Id = id, DisplayName = $"{char.ToUpperInvariant(id[0])}{id[1..]} Example", JobTitle = "Engineer", Department = department, Skills = skills });
        return this;
    }

    public DigestExamples Item(string person, double daysAgo, string kind = EvidenceKinds.Document, string topic = "Kubernetes", Visibility visibility = Visibility.Organization)
    {
        items.Add(new EvidenceItem
        {
            Id = $"i{items.Count}",
            PersonId = person,
            Timestamp = End.AddDays(-daysAgo),
            Kind = kind,
            Title = $"Notes on {topic} {items.Count}",
            Text = $"What we learnt about {topic} this time{Details(topic)}.",
            Url = $"https://contoso.example/items/{items.Count}",
            Visibility = visibility,
        });
        return this;
    }

    // What practitioners of a topic write besides its name: the vocabulary the digest learns to recognise work by.
    private static string Details(string topic) => topic switch
    {
        "Kubernetes" => ": pods, Helm charts and kubectl",
        "Terraform" => ": state files, modules and plans",
        _ => string.Empty,
    };

    public DigestExamples Endorse(string endorser, string endorsee, double daysAgo, string topic = "Kubernetes")
    {
        endorsements.Add(new Endorsement(endorser, endorsee, topic, End.AddDays(-daysAgo)));
        return this;
    }

    public DigestResult Detect(params string[] notFeatured) =>
        RiserDetector.Detect(Organisation, new KeywordTopics("Kubernetes", "Terraform"), Week, notFeatured.ToHashSet());
}

/// <summary>A hand-written topic catalogue: a topic is a word, an item speaks of it when it contains it.</summary>
internal sealed class KeywordTopics(params string[] names) : ITopicCatalogue
{
    public IReadOnlyList<CatalogueTopic> Topics { get; } = [.. names.Select(n => new CatalogueTopic(n, [n]))];

    public IReadOnlyList<TopicMatch> Match(EvidenceItem item) =>
        [.. Enumerable.Range(0, names.Length).Where(i => $"{item.Title} {item.Text}".Contains(names[i], StringComparison.OrdinalIgnoreCase)).Select(i => new TopicMatch(i, Named: true))];

    public int? Resolve(string words) =>
        Array.FindIndex(names, n => words.Contains(n, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i : null;
}
