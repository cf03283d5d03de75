namespace ExpertBot.OrgSim;

/// <summary>A real area of work: grade 2 = expert, 1 = practitioner; evidence starts at <see cref="Start"/>.</summary>
internal sealed record Expertise(int Topic, int Grade, DateTime Start);
