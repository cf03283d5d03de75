using ExpertBot.CompanySim.Catalogue;

namespace ExpertBot.CompanySim.People;

/// <summary>A simulated employee; the profile lists are filled in as the organisation is planned.</summary>
internal sealed class SimPerson
{
    public required int Index { get; init; }

    public required string Id { get; init; }

    public required string GivenName { get; init; }

    public required string Surname { get; init; }

    public required string Mail { get; init; }

    public required Department Department { get; init; }

    public required string Office { get; init; }

    public required bool WritesFrench { get; init; }

    public required string JobTitle { get; set; }

    public string DisplayName => $"{GivenName} {Surname}";

    public string? AboutMe { get; set; }

    public List<string> Skills { get; } = [];

    public List<string> Responsibilities { get; } = [];

    public List<string> PastProjects { get; } = [];

    /// <summary>Managers, self-promoters and ring members are kept out of the pools real expertise is drawn from.</summary>
    public bool Reserved { get; set; }
}
