namespace ExpertBot.OrgSim;

/// <summary>Everything decided about one person before any text is written.</summary>
internal sealed class PersonPlan
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required string Mail { get; init; }
    public required bool PrefersFrench { get; init; }

    /// <summary>Share of this person's items written in French.</summary>
    public required double FrenchShare { get; init; }

    public required int Department { get; init; }
    public required string Office { get; init; }
    public required string JobTitle { get; set; }

    /// <summary>Seed of this person's own generator, drawn from the run's seed: text is generated per person.</summary>
    public required int Seed { get; init; }

    /// <summary>How prolific the person is (multiplies item counts).</summary>
    public required double Activity { get; init; }

    public List<Expertise> Expertise { get; } = [];

    public Persona Persona { get; set; } = Persona.None;

    /// <summary>Managed topics, generalist topics, or the single promoted / ring topic.</summary>
    public List<int> PersonaTopics { get; } = [];

    public int RingId { get; set; } = -1;

    public RiserPlan? Riser { get; set; }

    public string DisplayName => FirstName + " " + LastName;

    public bool Knows(int topic) => Expertise.Exists(e => e.Topic == topic);

    public int GradeOn(int topic) => Expertise.Find(e => e.Topic == topic)?.Grade ?? 0;
}
