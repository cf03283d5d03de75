namespace ExpertBot.Tests.Graph;

/// <summary>One HTTP request the fake Graph received, when, and how it answered.</summary>
public sealed record LoggedRequest(DateTimeOffset At, string Method, string PathAndQuery, int Status);
