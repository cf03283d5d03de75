namespace ExpertBot.Gaming.Snapshot;

/// <summary>A line of roles.jsonl; <see cref="Topic"/> is the catalogue's canonical English name.</summary>
internal sealed record RoleLine(string PersonId, string Role, string Topic);
