namespace ExpertBot.Gaming.Output;

/// <summary>
/// A line of gaming.jsonl: one person touched by a campaign. <see cref="Role"/> is "ring-member" or "self-promoter"
/// for the planted gamers (who also get a roles.jsonl line), or "genuine-colleague", "friend" or "sockpuppet" for
/// the people who only endorse them.
/// </summary>
internal sealed record GamingLine(string PersonId, string TopicId, string Topic, string Style, string Role);
