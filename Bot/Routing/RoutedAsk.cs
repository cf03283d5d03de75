namespace ExpertBot.Routing;

/// <summary>
/// One person the question may go to, from the search: their name, their Teams address for the chat link, and
/// why the bot thinks they know (their strongest evidence line, or what they say, or that colleagues vouch).
/// </summary>
internal sealed record RoutedCandidate(string PersonId, string Name, string? Upn, string Why, WhyKind WhyKind);

/// <summary>One person the question was sent to, where (for notes and card updates), in which language, and their answer.</summary>
internal sealed record RoutedAsk(
    string PersonId,
    string Name,
    string? Upn,
    string Why,
    WhyKind WhyKind,
    AskState State,
    DateTimeOffset AskedAt,
    string Language,
    string ServiceUrl,
    string ConversationId,
    string? ActivityId = null);

internal enum WhyKind
{
    Shows,
    Says,
    Vouched,
}

internal enum AskState
{
    /// <summary>Sent, no answer yet.</summary>
    Asked,

    Accepted,
    Declined,

    /// <summary>No answer within the window: the question moved on (a late "I can help" is still welcome).</summary>
    Expired,

    /// <summary>The card could not be delivered (the app was removed, the connector refused it).</summary>
    Unreachable,
}
