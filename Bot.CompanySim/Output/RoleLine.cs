namespace ExpertBot.CompanySim.Output;

/// <summary>A line of roles.jsonl: a planted role on a topic (its canonical English name).</summary>
internal sealed record RoleLine(string PersonId, string Role, string Topic);
