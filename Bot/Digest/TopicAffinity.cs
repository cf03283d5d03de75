using ExpertBot.Expertise;

namespace ExpertBot.Digest;

/// <summary>The topics of each person's own public work and of their department's, for subscriptions without topics.</summary>
internal sealed class TopicAffinity
{
    private const int OwnTopics = 5;
    private const int TeamTopics = 5;
    private readonly Dictionary<string, Dictionary<int, int>> byPerson = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<int, int>> byDepartment = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> departmentOf = new(StringComparer.OrdinalIgnoreCase);

    public static TopicAffinity Build(Organisation organisation, ITopicCatalogue topics)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(topics);
        var affinity = new TopicAffinity();
        foreach (var person in organisation.People)
        {
            if (!string.IsNullOrWhiteSpace(person.Department))
            {
                affinity.departmentOf[person.Id] = person.Department;
            }
        }

        foreach (var item in organisation.Signals)
        {
            if (item.Visibility == Visibility.Private || item.Kind == EvidenceKinds.Meeting)
            {
                continue;
            }

            foreach (var (topic, _, _) in topics.Match(item))
            {
                Count(affinity.byPerson, item.PersonId, topic);
                if (affinity.departmentOf.TryGetValue(item.PersonId, out var department))
                {
                    Count(affinity.byDepartment, department, topic);
                }
            }
        }

        return affinity;
    }

    /// <summary>The person's own topics first, then their department's; empty for someone not in the directory.</summary>
    public IReadOnlyList<int> For(string personId)
    {
        var own = Top(byPerson.GetValueOrDefault(personId), OwnTopics);
        var team = departmentOf.TryGetValue(personId, out var d) ? Top(byDepartment.GetValueOrDefault(d), TeamTopics) : [];
        return [.. own.Concat(team).Distinct()];
    }

    private static int[] Top(Dictionary<int, int>? counts, int n) =>
        counts is null ? [] : [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(n).Select(c => c.Key)];

    private static void Count(Dictionary<string, Dictionary<int, int>> counts, string key, int topic)
    {
        if (!counts.TryGetValue(key, out var perTopic))
        {
            counts[key] = perTopic = [];
        }

        perTopic[topic] = perTopic.GetValueOrDefault(topic) + 1;
    }
}
