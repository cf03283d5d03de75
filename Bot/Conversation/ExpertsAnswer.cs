using ExpertBot.Cards;
using ExpertBot.Expertise;
using ExpertBot.Localization;

namespace ExpertBot.Conversation;

/// <summary>Turns the engine's matches into the card's view model.</summary>
internal static class ExpertsAnswer
{
    /// <summary>The card model; <paramref name="displayName"/> resolves endorsers' ids to names (an index's FindPerson).</summary>
    public static ExpertsCardModel ToCardModel(string topic, IReadOnlyList<ExpertMatch> matches, Language language, Func<string, string?>? displayName = null) =>
        new(topic, [.. matches.Select(m => ToPerson(m, displayName ?? (_ => null)))], language)
        {
            ListedTopics = matches.FirstOrDefault(m => m.Coverage is not null)?.Coverage!.Asked,
        };

    /// <summary>The card model, endorsers named from the index that found the matches.</summary>
    public static ExpertsCardModel ToCardModel(string topic, IReadOnlyList<ExpertMatch> matches, Language language, ExpertIndex index) =>
        ToCardModel(topic, matches, language, id => index.FindPerson(id)?.DisplayName);

    /// <summary>How the search also read the question, as the card says it.</summary>
    public static IReadOnlyList<ReadAsNote> ReadAs(IReadOnlyList<TopicReading> readings) =>
        [.. readings.Select(r => new ReadAsNote(r.Asked, r.ReadAs, r.Reason == TopicReadingReason.ClaimedByItsPeople))];

    private static PersonCardModel ToPerson(ExpertMatch match, Func<string, string?> displayName) => new(
        match.Person.Id,
        match.Person.DisplayName,
        match.Person.JobTitle,
        match.Person.Department,
        [.. match.Evidence
            .Where(e => e.Item.Visibility == Visibility.Organization)
            .Select(e => new EvidenceLine(e.Item.Title ?? EvidenceItem.Excerpt(e.Item.Text) ?? "—", e.Item.Kind, e.Item.Timestamp, e.Item.Url))],
        match.Says,
        [.. match.Vouched.TopEndorserIds.Select(displayName).OfType<string>()],
        match.Vouched.Count)
    {
        UserPrincipalName = match.Person.UserPrincipalName,
        ShownTopics = match.Coverage?.Shown,
    };
}
