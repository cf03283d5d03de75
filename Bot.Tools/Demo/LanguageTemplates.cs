namespace ExpertBot.Demo;

/// <summary>
/// The sentences one language writes evidence with. Placeholders: {t} the topic as the writer names it,
/// {x} and {y} two terms of its vocabulary, {d} department, {o} office, {p} a colleague's first name,
/// {yr} year, {q} quarter, {n} a small number, {l} a list of topics. Texts without {t} must name no topic.
/// </summary>
internal sealed record LanguageTemplates
{
    public required string And { get; init; }
    public required IReadOnlyList<string> DocumentTitles { get; init; }
    public required IReadOnlyList<string> TechDocumentTitles { get; init; }
    public required IReadOnlyList<string> LawDocumentTitles { get; init; }
    public required IReadOnlyList<string> BusinessDocumentTitles { get; init; }
    public required IReadOnlyList<string> Openings { get; init; }
    public required IReadOnlyList<string> Bodies { get; init; }
    public required IReadOnlyList<string> Closings { get; init; }
    public required IReadOnlyList<string> PostTitles { get; init; }
    public required IReadOnlyList<string> PostTexts { get; init; }
    public required IReadOnlyList<string> AnswerTitles { get; init; }
    public required IReadOnlyList<string> AnswerTexts { get; init; }
    public required IReadOnlyList<string> MessageTexts { get; init; }
    public required IReadOnlyList<string> QuestionTitles { get; init; }
    public required IReadOnlyList<string> QuestionTexts { get; init; }
    public required IReadOnlyList<string> MeetingTitles { get; init; }
    public required IReadOnlyList<string> MeetingTexts { get; init; }
    public required IReadOnlyList<string> ManagerMeetingTitles { get; init; }
    public required IReadOnlyList<string> ManagerMeetingTexts { get; init; }
    public required IReadOnlyList<string> PrivateTopicTitles { get; init; }
    public required IReadOnlyList<string> PrivateTopicTexts { get; init; }
    public required IReadOnlyList<string> PrivateTitles { get; init; }
    public required IReadOnlyList<string> PrivateTexts { get; init; }
    public required IReadOnlyList<string> FillerTitles { get; init; }
    public required IReadOnlyList<string> FillerTexts { get; init; }
    public required IReadOnlyList<string> ViralTitles { get; init; }
    public required IReadOnlyList<string> ViralTexts { get; init; }
    public required IReadOnlyList<string> PromotionTitles { get; init; }
    public required IReadOnlyList<string> PromotionTexts { get; init; }
    public required IReadOnlyList<string> ClaimAboutMe { get; init; }
    public required IReadOnlyList<string> WorkAboutMe { get; init; }
    public required string ManagerResponsibility { get; init; }
    public required string ClaimedPastProject { get; init; }
    public required IReadOnlyList<string> GenericSkills { get; init; }
}
