namespace ExpertBot.Demo;

/// <summary>A question with its ground truth: person id to graded relevance (2 expert, 1 competent). Ids are "topic-key:group:n".</summary>
internal sealed record BenchmarkQuery(string Id, string Text, string Group, IReadOnlyDictionary<string, int> Relevant);
