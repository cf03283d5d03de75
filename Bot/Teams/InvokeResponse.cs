namespace ExpertBot.Teams;

/// <summary>The synchronous answer to an invoke activity: an HTTP status and an optional JSON body.</summary>
internal sealed record InvokeResponse(int Status, object? Body = null)
{
    public static InvokeResponse BadRequest(string message) => new(StatusCodes.Status400BadRequest, new { error = message });
}
