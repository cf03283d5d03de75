namespace ExpertBot.Teams;

/// <summary>Gives the bearer token the bot presents to the Bot Connector; null in local development.</summary>
internal interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
