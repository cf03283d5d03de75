using ExpertBot.Localization;

namespace ExpertBot.Conversation;

/// <summary>What a person asked for, in the language they asked it in (null when the words do not tell).</summary>
internal abstract record Intent(Language? Language)
{
    public sealed record Help(Language? Language) : Intent(Language);

    public sealed record FindExperts(string Topic, Language? Language) : Intent(Language);

    public sealed record Empty(Language? Language) : Intent(Language);
}
