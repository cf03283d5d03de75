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

    /// <summary>Nina took up Kubernetes this month; three colleagues worked on it long ago and list it as a skill.</summary>
    public static Organisation NinaRisingOnKubernetes
    {
        get
        {
            var org = new DigestExamples().Person("nina").Item("nina", 2).Item("nina", 9).Item("nina", 16);
            foreach (var old in new[] { "omar", "olga", "oscar" })
            {
                org.Person(old, "Platform", "Kubernetes").Item(old, 200).Item(old, 300);
            }

            return org.Organisation;
        }
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
            Text = $"What we learnt about {topic} this time.",
            Url = $"https://contoso.example/items/{items.Count}",
            Visibility = visibility,
        });
        return this;
    }

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
    public IReadOnlyList<DigestTopic> Topics { get; } = [.. names.Select(n => new DigestTopic(n, [n]))];

    public IReadOnlyList<TopicMatch> Match(EvidenceItem item) =>
        [.. Enumerable.Range(0, names.Length).Where(i => $"{item.Title} {item.Text}".Contains(names[i], StringComparison.OrdinalIgnoreCase)).Select(i => new TopicMatch(i, Named: true))];

    public int? Resolve(string words) =>
        Array.FindIndex(names, n => words.Contains(n, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i : null;
}
