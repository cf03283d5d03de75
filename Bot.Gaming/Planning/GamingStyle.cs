namespace ExpertBot.Gaming.Planning;

/// <summary>A way of gaming an expertise directory, planted on one topic.</summary>
internal enum GamingStyle
{
    /// <summary>A clique that endorses itself completely and promotes the topic.</summary>
    Ring,

    /// <summary>A looser clique: most pairs endorse, on slightly different phrasings.</summary>
    PartialRing,

    /// <summary>A clique that pulls in genuine experts, who endorse the gamers back.</summary>
    MixedRing,

    /// <summary>One person promoting themselves for months, with "thought leadership" documents.</summary>
    Promoter,

    /// <summary>One person repeating the topic's words in questions and re-shares.</summary>
    Hijack,

    /// <summary>A few accounts endorsing one target again and again.</summary>
    Sockpuppet,
}
