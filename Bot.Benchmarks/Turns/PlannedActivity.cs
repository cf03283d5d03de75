namespace ExpertBot.Benchmarks.Turns;

/// <summary>A message activity the load test will post: a unique id, its conversation, what it says.</summary>
internal sealed record PlannedActivity(string Id, string ConversationId, string Text, string Locale);
