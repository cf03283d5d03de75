namespace ExpertBot.CompanySim.Output;

/// <summary>A line of gaming.jsonl: a planted gamer, the catalogue id of the topic gamed, and how.</summary>
internal sealed record GamingLine(string PersonId, string TopicId, string Role, string Style);
