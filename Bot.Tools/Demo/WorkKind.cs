namespace ExpertBot.Demo;

internal enum WorkKind
{
    /// <summary>Sustained authored work over months or years, some of it recent.</summary>
    Expert,

    /// <summary>A few items.</summary>
    Competent,

    /// <summary>Sustained work that stopped two to three years ago.</summary>
    OldExpert,

    /// <summary>Several items in the last weeks and nothing before.</summary>
    Riser,

    /// <summary>Work that is all private: it must never surface, so it earns no relevance.</summary>
    PrivateOnly,

    /// <summary>One post in the last week that many people saw.</summary>
    Viral,

    /// <summary>A self-promoter's single boastful post.</summary>
    Promotion,
}
