namespace ExpertBot.Routing;

/// <summary>
/// An asker's "yes, they helped" after a routed question: social evidence kept apart from endorsements. One per
/// asker, expert and topic; never from oneself; only from a question the asker really routed.
/// </summary>
internal sealed record ThankYou(string TenantId, string ExpertId, string TopicKey, string Topic, string AskerId, string QuestionId, DateTimeOffset CreatedAt);
