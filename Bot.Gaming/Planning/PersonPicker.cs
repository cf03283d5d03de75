using ExpertBot.Gaming.Snapshot;

namespace ExpertBot.Gaming.Planning;

/// <summary>
/// Chooses existing people to plant. Nobody is used twice in a run; nobody with a role on the topic, no riser and
/// nobody already gaming in the input is planted. Gamers are preferably far from the topic: not an expert or
/// practitioner of its family, then not even of its field.
/// </summary>
internal sealed class PersonPicker
{
    private const int DepartmentTries = 60;
    private const int OrganisationTries = 300;

    private readonly Organisation organisation;
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> byDepartment;

    public PersonPicker(Organisation organisation)
    {
        this.organisation = organisation;
        byDepartment = organisation.People
            .GroupBy(person => person.Department, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
    }

    /// <summary>Someone to game the topic, from <paramref name="department"/> when there is a good candidate there.</summary>
    public Person? PickGamer(Random random, CatalogueTopic topic, string? department) =>
        Pick(random, department, person => GamerTier(person, topic));

    /// <summary>Someone to endorse a gamer (a friend, a sockpuppet): anyone without a role on the topic.</summary>
    public Person? PickHelper(Random random, CatalogueTopic topic, string? department) =>
        Pick(random, department, person => IsFree(person, topic) ? 0 : null);

    /// <summary>Up to <paramref name="count"/> real experts of the topic, for a mixed ring.</summary>
    public List<Person> PickGenuineExperts(Random random, CatalogueTopic topic, int count)
    {
        var experts = organisation.Roles.ExpertsOf(topic)
            .Where(id => !used.Contains(id) && !organisation.Risers.Contains(id))
            .Select(organisation.FindPerson)
            .OfType<Person>()
            .ToArray();
        random.Shuffle(experts);
        var chosen = experts.Take(count).ToList();
        used.UnionWith(chosen.Select(person => person.Id));
        return chosen;
    }

    /// <summary>Colleagues the author may tag in a post; they are only named, not planted, so they stay available.</summary>
    public List<Person> Colleagues(Random random, Person author, int count)
    {
        var pool = byDepartment.TryGetValue(author.Department, out var department) ? department : [];
        var colleagues = new List<Person>();
        for (var attempt = 0; colleagues.Count < count && attempt < count * 10 && pool.Count > 1; attempt++)
        {
            var candidate = pool[random.Next(pool.Count)];
            if (candidate.Id != author.Id && !colleagues.Contains(candidate))
            {
                colleagues.Add(candidate);
            }
        }

        return colleagues;
    }

    private Person? Pick(Random random, string? department, Func<Person, int?> tierOf)
    {
        var departmentPool = department is not null && byDepartment.TryGetValue(department, out var pool) ? pool : null;
        for (var acceptedTier = 0; acceptedTier <= 2; acceptedTier++)
        {
            var found = (departmentPool is null ? null : Sample(random, departmentPool, DepartmentTries, tierOf, acceptedTier))
                        ?? Sample(random, organisation.People, OrganisationTries, tierOf, acceptedTier);
            if (found is not null)
            {
                return Use(found);
            }
        }

        // Sampling missed (a small or exhausted organisation): take the best candidate left, scanning from a random place.
        var people = organisation.People;
        var offset = people.Count == 0 ? 0 : random.Next(people.Count);
        var best = Enumerable.Range(0, people.Count)
            .Select(i => people[(offset + i) % people.Count])
            .Select(person => (Person: person, Tier: tierOf(person)))
            .Where(candidate => candidate.Tier is not null)
            .MinBy(candidate => candidate.Tier);
        return best.Person is null ? null : Use(best.Person);
    }

    private static Person? Sample(
        Random random,
        IReadOnlyList<Person> pool,
        int tries,
        Func<Person, int?> tierOf,
        int acceptedTier)
    {
        for (var attempt = 0; attempt < tries && pool.Count > 0; attempt++)
        {
            var candidate = pool[random.Next(pool.Count)];
            if (tierOf(candidate) <= acceptedTier)
            {
                return candidate;
            }
        }

        return null;
    }

    private Person Use(Person person)
    {
        used.Add(person.Id);
        return person;
    }

    private bool IsFree(Person person, CatalogueTopic topic) =>
        !used.Contains(person.Id)
        && !organisation.Risers.Contains(person.Id)
        && !organisation.Roles.HasRoleOn(person.Id, topic);

    /// <summary>0 when the person knows nothing near the topic, 1 when they work in its field, 2 in its family.</summary>
    private int? GamerTier(Person person, CatalogueTopic topic)
    {
        if (!IsFree(person, topic) || organisation.Roles.IsKnownGamer(person.Id))
        {
            return null;
        }

        var closest = organisation.Roles.Of(person.Id)
            .Where(role => role.Role is RoleIndex.Expert or RoleIndex.Practitioner)
            .Select(role => Catalogue.Distance(role.Topic, topic))
            .DefaultIfEmpty(TopicDistance.Unrelated)
            .Max();
        return closest switch
        {
            TopicDistance.Unrelated => 0,
            TopicDistance.SameField => 1,
            _ => 2,
        };
    }
}
