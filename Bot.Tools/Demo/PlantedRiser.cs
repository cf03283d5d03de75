namespace ExpertBot.Demo;

/// <summary>A person who took up a topic in the last weeks before the generation date: what the weekly digest should find.</summary>
internal sealed record PlantedRiser(string PersonId, string Topic);
