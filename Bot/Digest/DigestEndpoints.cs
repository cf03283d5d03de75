using System.Globalization;
using System.Net;
using ExpertBot.Teams;
using Microsoft.Extensions.Options;
using ExpertBot.Hosting;

namespace ExpertBot.Digest;

/// <summary>
/// GET /digest/charts/{id}.png serves the trend charts the digest card shows (public: the card's images
/// are fetched by the Teams client; the id is random and the chart names no tenant).
/// POST /dev/digest?asOf=YYYY-MM-DD sends a week's digest now, for end-to-end tests on a developer's machine.
/// </summary>
internal static partial class DigestEndpoints
{
    public static IEndpointRouteBuilder MapDigest(this IEndpointRouteBuilder app, IHostEnvironment environment)
    {
        app.MapGet("/digest/charts/{id}.png", async (string id, ChartStore charts, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (await charts.GetAsync(id, cancellationToken) is not { } png)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=604800, immutable";
            return Results.File(png, "image/png");
        });

        if (environment.IsDevelopment())
        {
            app.MapPost("/dev/digest", async (
                string? asOf, DigestSender sender, HttpContext context, IOptions<BotOptions> bot, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken) =>
            {
                // It sends (token-bearing, with an app id) messages to every subscriber. Bot Framework tokens are minted
                // for channels, not people, so no caller can prove who they are here: the trigger exists only where the
                // bot itself trusts unauthenticated loopback callers — local mode, no app id — and only for those.
                if (!bot.Value.IsDevelopmentMode)
                {
                    return Results.NotFound();
                }

                if (!IsLoopback(context.Connection.RemoteIpAddress))
                {
                    LogRefused(loggers.CreateLogger(typeof(DigestEndpoints)));
                    return Results.Problem("POST /dev/digest is for loopback callers only.", statusCode: StatusCodes.Status403Forbidden);
                }

                var week = asOf is null ? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)
                    : DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed
                    : (DateOnly?)null;
                if (week is null)
                {
                    return Results.Problem("asOf must be a date such as 2026-11-20.", statusCode: StatusCodes.Status400BadRequest);
                }

                // Charts are linked at Digest:PublicBaseUrl, never at the request's Host header (any caller chooses that).
                var summary = await sender.RunAsync(week.Value, cancellationToken);
                return Results.Json(summary);
            });
        }

        return app;
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    [LoggerMessage(EventId = EventIds.Digest.DevDigestRefused, Level = LogLevel.Warning, Message = "Refused POST /dev/digest from a caller that is not on this machine")]
    private static partial void LogRefused(ILogger logger);
}
