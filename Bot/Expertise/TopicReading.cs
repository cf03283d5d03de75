namespace ExpertBot.Expertise;

/// <summary>
/// A topic of a question that a search also read as one of the organisation's own topics (<see cref="ExpertIndex.ReadingsOf"/>):
/// the topic as asked, the organisation's topic by its name, and why. The answer says so, as it says "did you mean".
/// </summary>
internal sealed record TopicReading(string Asked, string ReadAs, TopicReadingReason Reason);

/// <summary>Why a topic of a question was also read as one of the organisation's own.</summary>
internal enum TopicReadingReason
{
    /// <summary>A word no topic is named by, written mostly in that topic's work ("SPO" in SharePoint notes).</summary>
    WrittenInItsWork,

    /// <summary>A phrase the colleagues who list it among their skills, or are endorsed for it, work on ("OIDC": OAuth work).</summary>
    ClaimedByItsPeople,
}
