namespace ExpertBot.Routing;

/// <summary>What an answer on a routed question did, and the question as it stands.</summary>
internal sealed record RouteResult(RouteOutcome Outcome, RoutedQuestion? Question);

internal enum RouteOutcome
{
    Accepted,
    AlreadyYours,
    Taken,
    Declined,
    NotAsked,
    Unknown,
    Forgotten,
    Thanked,
    AlreadyThanked,
    NotHelped,
    NotAsker,
    NotIntroduced,
}
