namespace ExpertBot.Demo;

/// <summary>
/// Generates ExpertBot's demo organisation and its measurement sets: people, their evidence and
/// endorsements, with experts, self-promoters, endorsement rings, managers, private items and rising
/// experts planted, and the ground truth for each. Deterministic: the same options give the same output.
/// </summary>
internal static class SyntheticOrganisation
{
    public static SyntheticOrganisationResult Generate(SyntheticOrganisationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var result = new SyntheticOrganisationBuilder(options).Build();
        return options.PlaygroundPeople ? PlaygroundPeople.Adopt(result) : result;
    }
}
