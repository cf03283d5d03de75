using ExpertBot.Localization;

namespace ExpertBot.Conversation;

/// <summary>What a person asked for, in the language they asked it in (null when the words do not tell).</summary>
internal abstract record Intent(Language? Language)
{
    public sealed record Help(Language? Language) : Intent(Language);

    public sealed record FindExperts(string Topic, Language? Language) : Intent(Language);

    public sealed record Endorse(string Name, string Topic, Language? Language) : Intent(Language);

    public sealed record MyExpertise(Language? Language) : Intent(Language);

    /// <summary>Turn a preference on or off: endorsement notices, being hidden, being featured in digests, receiving routed questions.</summary>
    public sealed record SetPreference(PreferenceChange Change, Language? Language) : Intent(Language);

    public sealed record ForgetMe(Language? Language) : Intent(Language);

    public sealed record Empty(Language? Language) : Intent(Language);

    /// <summary>"thanks", « merci »: acknowledged, nothing searched.</summary>
    public sealed record Thanks(Language? Language) : Intent(Language);

    /// <summary>Subscribe to the weekly digest; no topics means the topics of one's own work and team.</summary>
    public sealed record Subscribe(IReadOnlyList<string> Topics, Language? Language) : Intent(Language);

    /// <summary>Unsubscribe from the digest, or only from some of its topics.</summary>
    public sealed record Unsubscribe(IReadOnlyList<string> Topics, Language? Language) : Intent(Language);

    public sealed record MySubscriptions(Language? Language) : Intent(Language);
}

internal enum PreferenceChange
{
    StopNotices,
    StartNotices,
    HideMe,
    ShowMe,
    DontFeatureMe,
    FeatureMe,
    StopQuestions,
    StartQuestions,
}
