using ExpertBot.Cards;
using ExpertBot.Expertise;
using ExpertBot.Localization;

namespace ExpertBot.Conversation;

/// <summary>Turns the engine's matches into the card's view model.</summary>
internal static class ExpertsAnswer
{
    public static ExpertsCardModel ToCardModel(string topic, IReadOnlyList<ExpertMatch> matches, Language language) =>
        new(topic, [.. matches.Select(ToPerson)], language);

    private static PersonCardModel ToPerson(ExpertMatch match) => new(
        match.Person.Id,
        match.Person.DisplayName,
        match.Person.JobTitle,
        match.Person.Department,
        [.. match.Evidence
            .Where(e => e.Item.Visibility == Visibility.Organization)
            .Select(e => new EvidenceLine(e.Item.Title ?? Excerpt(e.Item.Text), e.Item.Kind, e.Item.Timestamp, e.Item.Url))],
        [],
        [],
        0);

    private static string Excerpt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "—";
        }

        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 90 ? flat : flat[..87].TrimEnd() + "…";
    }
}
