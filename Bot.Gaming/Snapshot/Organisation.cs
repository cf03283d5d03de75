namespace ExpertBot.Gaming.Snapshot;

/// <summary>What planting needs to know about the input organisation.</summary>
internal sealed class Organisation
{
    // An office counts as French-speaking when this share of its people prefer French.
    private const double FrancophoneShare = 0.4;

    private readonly Dictionary<string, Person> byId;
    private readonly HashSet<string> francophoneOffices;

    public Organisation(
        Catalogue catalogue,
        IReadOnlyList<Person> people,
        RoleIndex roles,
        IReadOnlySet<string> risers,
        IReadOnlyList<string> queriedTopicIds,
        DateTimeOffset newestSignal)
    {
        Catalogue = catalogue;
        People = people;
        Roles = roles;
        Risers = risers;
        QueriedTopicIds = queriedTopicIds;
        NewestSignal = newestSignal;
        byId = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            byId.TryAdd(person.Id, person);
        }

        francophoneOffices = people
            .GroupBy(person => person.OfficeLocation, StringComparer.Ordinal)
            .Where(office => office.Count(person => person.PrefersFrench) >= FrancophoneShare * office.Count())
            .Select(office => office.Key)
            .ToHashSet(StringComparer.Ordinal);
        Tenant = TenantOf(people);
    }

    public Catalogue Catalogue { get; }

    public IReadOnlyList<Person> People { get; }

    public RoleIndex Roles { get; }

    public IReadOnlySet<string> Risers { get; }

    /// <summary>Catalogue ids that queries.jsonl asks about, in order of first appearance.</summary>
    public IReadOnlyList<string> QueriedTopicIds { get; }

    public DateTimeOffset NewestSignal { get; }

    /// <summary>The SharePoint tenant name, taken from the people's sign-in domain ("contoso" in contoso.example).</summary>
    public string Tenant { get; }

    public Person? FindPerson(string id) => byId.GetValueOrDefault(id);

    public bool IsFrancophoneOffice(string office) => francophoneOffices.Contains(office);

    private static string TenantOf(IReadOnlyList<Person> people)
    {
        var upn = people.Select(person => person.UserPrincipalName).FirstOrDefault(upn => upn.Contains('@', StringComparison.Ordinal));
        if (upn is null)
        {
            return "contoso";
        }

        var domain = upn[(upn.IndexOf('@', StringComparison.Ordinal) + 1)..];
        var label = domain.Split('.')[0];
        return label.Length > 0 ? label.ToLowerInvariant() : "contoso";
    }
}
