namespace ExpertBot.Tests.Graph;

/// <summary>A throttled request (alone or inside $batch) and how long the client waited before sending it again.</summary>
public sealed record RetryGap(string PathAndQuery, TimeSpan Waited, TimeSpan RetryAfter);
