namespace ExpertBot.Privacy;

/// <summary>
/// A person's choices about how ExpertBot treats them. Hidden: never recommended or shown anywhere.
/// Forgotten: everything stored about them was deleted at their request and nothing new is kept.
/// NoRoutedQuestions: "don't send me questions": colleagues' questions are never routed to them.
/// </summary>
internal sealed record PersonPreferences(
    bool Hidden = false,
    bool Forgotten = false,
    bool NoEndorsementNotices = false,
    bool NotFeatured = false,
    bool NoRoutedQuestions = false)
{
    public static PersonPreferences Default { get; } = new();

    /// <summary>Whether the person may appear in results, cards and digests.</summary>
    public bool Findable => !Hidden && !Forgotten;
}
