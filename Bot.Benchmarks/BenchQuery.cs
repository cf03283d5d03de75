namespace ExpertBot.Benchmarks;

/// <summary>One of the generator's questions: its group, the text as asked and the topic the bot searches for.</summary>
internal sealed record BenchQuery(string Group, string Text, string Topic);
