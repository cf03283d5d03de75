using ExpertBot.Expertise;

namespace ExpertBot.Evaluation;

/// <summary>
/// The control a ranking must beat: who answered most before the moment of the questions, the same list for
/// every question. Counts answers; an organisation without answers counts authored work (not meetings).
/// </summary>
internal static class PopularityRanking
{
    public static IReadOnlyList<string> Rank(Organisation organisation, DateTimeOffset asOf, int top)
    {
        var answers = Count(organisation, asOf, kind => kind == EvidenceKinds.Answer);
        var counts = answers.Count > 0 ? answers : Count(organisation, asOf, kind => kind != EvidenceKinds.Meeting);
        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(top).Select(c => c.Key)];
    }

    private static Dictionary<string, int> Count(Organisation organisation, DateTimeOffset asOf, Func<string, bool> counts)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in organisation.Signals)
        {
            if (item.Timestamp <= asOf && item.Visibility == Visibility.Organization && counts(item.Kind))
            {
                result[item.PersonId] = result.GetValueOrDefault(item.PersonId) + 1;
            }
        }

        return result;
    }
}
