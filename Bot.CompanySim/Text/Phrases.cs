namespace ExpertBot.CompanySim.Text;

/// <summary>
/// One language's templates. Slots: {a} and {b} a topic's vocabulary, {T} a name of the topic, {deT} "de"/"d'" and the
/// name (French), {S} a sibling product, {T2} a second topic, {w} a department's everyday work, {name} a colleague,
/// {tag} a hashtag.
/// </summary>
internal sealed record Phrases
{
    public required IReadOnlyList<string> Sentences { get; init; }

    public required IReadOnlyList<string> TopicSentences { get; init; }

    public required IReadOnlyList<string> SiblingSentences { get; init; }

    public required IReadOnlyList<string> CompanionSentences { get; init; }

    public required IReadOnlyList<string> NamedTitles { get; init; }

    public required IReadOnlyList<string> UnnamedTitles { get; init; }

    public required IReadOnlyList<string> DocumentOpeners { get; init; }

    public required IReadOnlyList<string> AnswerOpeners { get; init; }

    public required IReadOnlyList<string> MessageOpeners { get; init; }

    public required IReadOnlyList<string> CommentOpeners { get; init; }

    public required IReadOnlyList<string> PostOpeners { get; init; }

    public required IReadOnlyList<string> WorkQuestions { get; init; }

    public required IReadOnlyList<string> Closers { get; init; }

    public required IReadOnlyList<string> NamedMeetingTitles { get; init; }

    public required IReadOnlyList<string> UnnamedMeetingTitles { get; init; }

    public required IReadOnlyList<string> MeetingBodies { get; init; }

    public required IReadOnlyList<string> GenericMessages { get; init; }

    public required IReadOnlyList<string> GenericMeetingTitles { get; init; }

    public required IReadOnlyList<string> GenericWork { get; init; }

    public required IReadOnlyList<string> GenericTitles { get; init; }

    public required IReadOnlyList<string> ManagerStatus { get; init; }

    public required IReadOnlyList<string> ManagerMeetingTitles { get; init; }

    public required IReadOnlyList<string> ManagerMessages { get; init; }

    public required IReadOnlyList<string> AskerQuestions { get; init; }

    public required IReadOnlyList<string> PromoTitles { get; init; }

    public required IReadOnlyList<string> PromoSentences { get; init; }

    public required IReadOnlyList<string> RingSentences { get; init; }

    public required IReadOnlyList<string> AboutMe { get; init; }

    public required IReadOnlyList<string> AboutMeTopic { get; init; }

    public required IReadOnlyList<string> AboutMePromoter { get; init; }

    public required IReadOnlyList<string> PastProjects { get; init; }
}
