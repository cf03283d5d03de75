using ExpertBot.Cards;
using ExpertBot.Expertise;
using ExpertBot.Localization;

namespace ExpertBot.Digest;

/// <summary>
/// Picks, for one subscriber, the topics of the week's digest and turns them into the card's view model.
/// Pure. Topics are named as search names them, in the reader's language (« Droit du travail » for a French
/// reader of an organisation that writes "Labour law"). Explicit topics win, resolved by the same topic model ("k8s"
/// is Kubernetes); otherwise a person gets the topics of their own work and team, and a channel
/// (or someone whose work shows no topic yet) the organisation's strongest risers.
/// </summary>
internal static class DigestComposer
{
    public static DigestCardModel? Compose(
        DigestResult result,
        ITopicCatalogue topics,
        TopicAffinity affinity,
        Subscription subscription,
        IReadOnlyDictionary<int, Uri> charts,
        int topicsPerDigest)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(affinity);
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(charts);

        IEnumerable<TopicRisers> chosen;
        if (subscription.Topics.Count > 0)
        {
            var wanted = subscription.Topics.Select(topics.Resolve).OfType<int>().ToHashSet();
            chosen = result.Topics.Where(t => wanted.Contains(t.TopicId));
        }
        else if (subscription.PersonId is { } person && affinity.For(person) is { Count: > 0 } own)
        {
            chosen = result.Topics.Where(t => own.Contains(t.TopicId));
        }
        else
        {
            chosen = result.Topics;
        }

        var language = subscription.Language == "fr" ? Language.French : Language.English;
        var models = chosen
            .Select(t => t with { Risers = [.. t.Risers.Where(r => !string.Equals(r.Person.Id, subscription.PersonId, StringComparison.OrdinalIgnoreCase))] })
            .Where(t => t.Risers.Count > 0)
            .Take(topicsPerDigest)
            .Select(t => (Topic: t, Name: topics.Topics[t.TopicId].NameIn(language)))
            .Select(t => new DigestTopicCardModel(t.Name, charts.GetValueOrDefault(t.Topic.TopicId), [.. t.Topic.Risers.Select(r => Riser(r, t.Name, language))]))
            .ToArray();
        return models.Length == 0 ? null : new DigestCardModel(result.WeekEnding, models, language);
    }

    private static RiserCardModel Riser(Riser r, string topic, Language language) => new(
        r.Person.Id, r.Person.DisplayName, r.Person.JobTitle, r.Person.Department,
        RiserReason.Format(r, topic, language),
        [.. r.Evidence.Select(i => new EvidenceLine(i.Title ?? EvidenceItem.Excerpt(i.Text) ?? "—", i.Kind, i.Timestamp, i.Url))]);
}
