namespace ExpertBot.CompanySim.Queries;

/// <summary>One line of queries.jsonl: the question, its group, its topic's canonical English name, graded people.</summary>
internal sealed record QueryRecord(string Id, string Text, string Group, string Topic, SortedDictionary<string, int> Relevant);
