using ExpertBot.Expertise;

namespace ExpertBot.Demo;

/// <summary>
/// Gives two people of a generated organisation the identities the Microsoft 365 Agents Playground signs in
/// with (Alex Wilber, Megan Bowen), so that a local run shows "my expertise" and endorsements from a real
/// member of the demo organisation. Their ids change everywhere: evidence, endorsements and ground truth.
/// </summary>
internal static class PlaygroundPeople
{
    private static readonly (string Id, string Name, string Mail)[] Identities =
    [
        ("00000000-0000-0000-0000-0000000000020", "Alex Wilber", "alexw@contoso.example"),
        ("00000000-0000-0000-0000-0000000000021", "Megan Bowen", "meganb@contoso.example"),
    ];

    private static readonly string[] AvoidTopics = ["Kubernetes", "Labour law"];

    public static SyntheticOrganisationResult Adopt(SyntheticOrganisationResult result)
    {
        // Experts of a topic the end-to-end test does not ask about, so they never see themselves in it.
        var avoided = result.Roles.Where(r => r.Topic is { } t && AvoidTopics.Contains(t)).Select(r => r.PersonId).ToHashSet(StringComparer.Ordinal);
        var special = result.Roles.Where(r => r.Role is not (PlantedRoles.Expert or PlantedRoles.Competent)).Select(r => r.PersonId).ToHashSet(StringComparer.Ordinal);
        var chosen = result.Roles
            .Where(r => r.Role == PlantedRoles.Expert && !avoided.Contains(r.PersonId) && !special.Contains(r.PersonId))
            .Select(r => r.PersonId)
            .Distinct(StringComparer.Ordinal)
            .Take(Identities.Length)
            .ToArray();
        var renames = chosen.Select((id, i) => (id, Identities[i])).ToDictionary(p => p.id, p => p.Item2, StringComparer.Ordinal);
        string Map(string id) => renames.TryGetValue(id, out var to) ? to.Id : id;

        var organisation = result.Organisation;
        var people = organisation.People.Select(p => renames.TryGetValue(p.Id, out var to)
            ? p with { Id = to.Id, DisplayName = to.Name, Mail = to.Mail, UserPrincipalName = to.Mail, PreferredLanguage = "en-US" }
            : p).ToArray();
        var signals = organisation.Signals.Select(s => renames.ContainsKey(s.PersonId) ? s with { PersonId = Map(s.PersonId) } : s).ToArray();
        var endorsements = organisation.Endorsements.Select(e => e with { EndorserId = Map(e.EndorserId), EndorseeId = Map(e.EndorseeId) }).ToArray();
        var queries = result.Queries.Select(q => q with { Relevant = q.Relevant.ToDictionary(r => Map(r.Key), r => r.Value, StringComparer.Ordinal) }).ToArray();
        var roles = result.Roles.Select(r => r with { PersonId = Map(r.PersonId) }).ToArray();
        var risers = result.Risers.Select(r => r with { PersonId = Map(r.PersonId) }).ToArray();
        return new SyntheticOrganisationResult(new Organisation(people, signals, endorsements), queries, roles, risers);
    }
}
