namespace ExpertBot.Expertise;

/// <summary>A colleague vouching for a person on a topic: the social filter.</summary>
internal sealed record Endorsement(string EndorserId, string EndorseeId, string Topic, DateTimeOffset Timestamp);
