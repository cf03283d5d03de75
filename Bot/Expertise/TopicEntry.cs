namespace ExpertBot.Expertise;

/// <summary>
/// One topic of the lexicon: its storage key, its names in English and French, and the other ways people
/// write it (acronyms, aliases, translations). Learned entries come from the organisation's own text. A
/// narrower topic names its broader one (PostgreSQL → databases): asked for, it counts alone; its broader
/// topic gathers it.
/// </summary>
internal sealed record TopicEntry(string Key, string English, string French, IReadOnlyList<string> Aliases, bool Learned = false)
{
    /// <summary>The key of the broader topic, for a narrower one.</summary>
    public string? Parent { get; init; }
}
