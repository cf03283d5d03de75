using ExpertBot.Gaming.Snapshot;

namespace ExpertBot.Gaming.Planning;

/// <summary>
/// Chooses which topics get gamed: topics that queries.jsonl asks about, at random. With all styles, styles take
/// turns so that each gets its share, and mixed rings go to topics with at least two experts to draw in.
/// </summary>
internal static class TopicSelector
{
    private const int MixedRingExperts = 2;

    public static List<PlannedTopic> Select(Organisation organisation, int count, GamingStyle? only, Random random)
    {
        var candidates = organisation.QueriedTopicIds
            .Select(organisation.Catalogue.FindById)
            .OfType<CatalogueTopic>()
            .ToArray();
        random.Shuffle(candidates);
        var remaining = candidates.ToList();

        var styleOrder = GamingStyleNames.All.ToArray();
        random.Shuffle(styleOrder);
        var styles = Enumerable.Range(0, Math.Min(count, remaining.Count))
            .Select(slot => only ?? styleOrder[slot % styleOrder.Length])
            .ToArray();

        // Mixed rings first, so that they get the topics with experts before other styles take them.
        var chosen = new CatalogueTopic?[styles.Length];
        foreach (var slot in Enumerable.Range(0, styles.Length).OrderBy(slot => styles[slot] == GamingStyle.MixedRing ? 0 : 1))
        {
            var index = styles[slot] == GamingStyle.MixedRing
                ? BestForMixedRing(organisation, remaining)
                : 0;
            chosen[slot] = remaining[index];
            remaining.RemoveAt(index);
        }

        return [.. styles.Select((style, slot) => new PlannedTopic(chosen[slot]!, style))];
    }

    private static int BestForMixedRing(Organisation organisation, List<CatalogueTopic> remaining)
    {
        var withExperts = remaining.FindIndex(topic => organisation.Roles.ExpertsOf(topic).Count >= MixedRingExperts);
        return withExperts >= 0
            ? withExperts
            : Math.Max(0, remaining.FindIndex(topic => organisation.Roles.ExpertsOf(topic).Count > 0));
    }
}
