namespace ExpertBot.Gaming.Snapshot;

/// <summary>roles.jsonl by person and by topic.</summary>
internal sealed class RoleIndex
{
    public const string Expert = "expert";
    public const string Practitioner = "practitioner";

    private static readonly HashSet<string> GamingRoles = new(["ring-member", "self-promoter"], StringComparer.Ordinal);

    private readonly Dictionary<string, List<TopicRole>> byPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> expertsByTopic = new(StringComparer.Ordinal);

    public RoleIndex(IEnumerable<RoleLine> lines, Catalogue catalogue)
    {
        foreach (var line in lines)
        {
            if (catalogue.FindByEnglish(line.Topic) is not { } topic)
            {
                continue;
            }

            if (!byPerson.TryGetValue(line.PersonId, out var roles))
            {
                roles = [];
                byPerson.Add(line.PersonId, roles);
            }

            roles.Add(new TopicRole(topic, line.Role));
            if (line.Role == Expert)
            {
                if (!expertsByTopic.TryGetValue(topic.Id, out var experts))
                {
                    experts = [];
                    expertsByTopic.Add(topic.Id, experts);
                }

                experts.Add(line.PersonId);
            }
        }
    }

    public IReadOnlyList<TopicRole> Of(string personId) =>
        byPerson.TryGetValue(personId, out var roles) ? roles : [];

    public bool HasRoleOn(string personId, CatalogueTopic topic) => Of(personId).Any(role => role.Topic.Id == topic.Id);

    /// <summary>People already marked as gaming something in the input; they are not planted again.</summary>
    public bool IsKnownGamer(string personId) => Of(personId).Any(role => GamingRoles.Contains(role.Role));

    /// <summary>The experts of a topic, in file order.</summary>
    public IReadOnlyList<string> ExpertsOf(CatalogueTopic topic) =>
        expertsByTopic.TryGetValue(topic.Id, out var experts) ? experts : [];
}
