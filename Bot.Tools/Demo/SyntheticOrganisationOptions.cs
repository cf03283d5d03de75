namespace ExpertBot.Demo;

/// <summary>How big an organisation to generate and how many of each trap to plant; the same options give the same organisation.</summary>
internal sealed record SyntheticOrganisationOptions
{
    public const int MinimumPeople = 30;

    public int People { get; init; } = 300;
    public int Seed { get; init; } = 42;
    public DateTimeOffset AsOf { get; init; } = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Average number of evidence items per person, topic work and everyday chatter together.</summary>
    public double ItemsPerPerson { get; init; } = 20;

    public double SelfPromoterFraction { get; init; } = 0.04;

    /// <summary>People who join endorsement rings without being self-promoters themselves.</summary>
    public double RingMemberFraction { get; init; } = 0.03;

    public double RiserFraction { get; init; } = 0.01;
    public double ViralDecoyFraction { get; init; } = 0.005;
    public double SteadyDecoyFraction { get; init; } = 0.005;
    public double PrivateOnlyFraction { get; init; } = 0.005;

    /// <summary>Share of experts whose topic work is partly private.</summary>
    public double PartlyPrivateExpertFraction { get; init; } = 0.15;

    /// <summary>Share of experts with nothing about their expertise in their profile: they just do the work.</summary>
    public double EmptyProfileExpertFraction { get; init; } = 0.4;

    /// <summary>Give two experts the Agents Playground's sign-in identities (the demo organisation does).</summary>
    public bool PlaygroundPeople { get; init; }

    public void Validate()
    {
        if (People < MinimumPeople)
        {
            throw new ArgumentOutOfRangeException(nameof(People), People, $"At least {MinimumPeople} people are needed to plant every role.");
        }

        if (!(ItemsPerPerson >= 1 && ItemsPerPerson <= 1000))
        {
            throw new ArgumentOutOfRangeException(nameof(ItemsPerPerson), ItemsPerPerson, "Items per person must be between 1 and 1000.");
        }

        double[] fractions = [SelfPromoterFraction, RingMemberFraction, RiserFraction, ViralDecoyFraction, SteadyDecoyFraction, PrivateOnlyFraction, PartlyPrivateExpertFraction, EmptyProfileExpertFraction];
        if (fractions.Any(f => !(f >= 0 && f <= 1)))
        {
            throw new ArgumentOutOfRangeException(nameof(SelfPromoterFraction), "Role fractions must be between 0 and 1.");
        }
    }
}
