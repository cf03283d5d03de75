using System.Text.Json;
using Microsoft.Extensions.Options;
using ExpertBot.Hosting;

namespace ExpertBot.Teams;

/// <summary>
/// POST /api/messages: parse the activity, authenticate the caller, remember its service URL as trusted,
/// hand it to the handler. A malformed activity is refused before anything happens.
/// </summary>
internal static partial class BotEndpoint
{
    private const long MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapBotEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        BotAuthenticator authenticator,
        TrustedServiceUrls trusted,
        IActivityHandler handler,
        TurnQueue turns,
        IOptions<TurnOptions> turnOptions,
        IOptions<BotOptions> botOptions,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(BotEndpoint).FullName!);
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return Results.Problem("The activity is too large.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        // Also bounds a body sent without Content-Length (chunked): reading past the limit fails.
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(context.Request.Body, ActivityJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            LogMalformed(logger, ex.Message);
            return Results.Problem("The body is not a valid activity.", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Problem("The activity is too large.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        // Bounded, well-formed ids and a canonical tenant id (InboundActivityRules); then what every activity needs.
        if (activity is not null)
        {
            if (!InboundActivityRules.TryAccept(activity, botOptions.Value.IsDevelopmentMode, out var accepted, out var problem))
            {
                LogMalformed(logger, problem);
                return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
            }

            activity = accepted;
        }

        if (activity is not { Type.Length: > 0, ServiceUrl.Length: > 0, ChannelId.Length: > 0, Conversation.Id.Length: > 0 })
        {
            LogMalformed(logger, "missing type, serviceUrl, channelId or conversation.id");
            return Results.Problem("An activity needs type, serviceUrl, channelId and conversation.id.", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await authenticator.AuthenticateAsync(
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null,
            context.Connection.RemoteIpAddress,
            activity,
            cancellationToken);
        if (!outcome.Accepted)
        {
            // The reason names the check that failed; the token itself is never logged.
            LogRefused(logger, outcome.StatusCode, outcome.Reason, activity.ChannelId, context.Connection.RemoteIpAddress?.ToString());
            return Results.StatusCode(outcome.StatusCode);
        }

        trusted.Trust(activity.ServiceUrl);
        using var scope = logger.BeginScope(ActivityLogScope.For(activity));
        if (activity.Type != ActivityTypes.Invoke)
        {
            // Answered now, handled on the queue: the Connector's request is never held by the turn's own work.
            return turns.Enqueue(activity) switch
            {
                TurnQueue.Queued.Full => TryLater(context, StatusCodes.Status429TooManyRequests),
                TurnQueue.Queued.ShuttingDown => TryLater(context, StatusCodes.Status503ServiceUnavailable),
                _ => Results.Ok(),
            };
        }

        // An invoke's answer is its HTTP response (Teams requires it), so it runs here, under a deadline.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(turnOptions.Value.InvokeDeadline);
        var response = await handler.HandleAsync(activity, deadline.Token);
        return response is null
            ? Results.Ok()
            : response.Body is null ? Results.StatusCode(response.Status) : Results.Json(response.Body, ActivityJson.Options, statusCode: response.Status);
    }

    /// <summary>Asks the Connector to redeliver later (a full queue, or this instance shutting down).</summary>
    private static IResult TryLater(HttpContext context, int status)
    {
        context.Response.Headers.RetryAfter = "5";
        return Results.StatusCode(status);
    }

    [LoggerMessage(EventId = EventIds.Teams.ActivityRefused, Level = LogLevel.Warning, Message = "Refused an activity with {Status}: {Reason} (channel {ChannelId}, from {Remote})")]
    private static partial void LogRefused(ILogger logger, int status, string reason, string? channelId, string? remote);

    [LoggerMessage(EventId = EventIds.Teams.ActivityMalformed, Level = LogLevel.Warning, Message = "Malformed activity: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string reason);
}
