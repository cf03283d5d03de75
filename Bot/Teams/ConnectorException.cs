using System.Net;

namespace ExpertBot.Teams;

/// <summary>The connector refused a call for good (after retries); 403 and 404 mean the bot was removed.</summary>
internal sealed class ConnectorException(HttpStatusCode statusCode, string message) : Exception(message)
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public bool BotWasRemoved => StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
}
