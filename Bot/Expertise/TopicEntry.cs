namespace ExpertBot.Expertise;

/// <summary>
/// One topic of the lexicon: its storage key, its names in English and French, and the other ways people
/// write it (acronyms, aliases, translations). Learned entries come from the organisation's own text.
/// </summary>
internal sealed record TopicEntry(string Key, string English, string French, IReadOnlyList<string> Aliases, bool Learned = false);
