using ExpertBot.Gaming.Snapshot;

namespace ExpertBot.Gaming.Text;

/// <summary>Everything one item's placeholders are filled from.</summary>
internal sealed class TextContext(
    TopicNaming naming,
    Language language,
    Person author,
    IReadOnlyList<Person> mentionPool,
    DateTimeOffset timestamp,
    Random random)
{
    public TopicNaming Naming { get; } = naming;

    public Language Language { get; } = language;

    public Person Author { get; } = author;

    /// <summary>People the author may tag with "@": fellow ring members, sockpuppets, colleagues.</summary>
    public IReadOnlyList<Person> MentionPool { get; } = mentionPool;

    public DateTimeOffset Timestamp { get; } = timestamp;

    public Random Random { get; } = random;

    /// <summary>The name the item mostly uses for its topic, fixed by its first mention.</summary>
    public string? MainName { get; set; }

    /// <summary>How many times the filled text has named the topic so far.</summary>
    public int TopicMentions { get; set; }

    /// <summary>People already tagged in this item, so that a list of mentions does not repeat a name.</summary>
    public HashSet<string> Mentioned { get; } = new(StringComparer.Ordinal);
}
