namespace ExpertBot.Teams;

/// <summary>The verdict on an inbound request: accepted, or refused with the HTTP status and a reason safe to log.</summary>
internal sealed record AuthenticationOutcome(bool Accepted, int StatusCode, string Reason)
{
    public static AuthenticationOutcome Accept(string reason) => new(true, StatusCodes.Status200OK, reason);

    public static AuthenticationOutcome Unauthorized(string reason) => new(false, StatusCodes.Status401Unauthorized, reason);

    public static AuthenticationOutcome Forbidden(string reason) => new(false, StatusCodes.Status403Forbidden, reason);
}
