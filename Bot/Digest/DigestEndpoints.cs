using System.Globalization;

namespace ExpertBot.Digest;

/// <summary>
/// GET /digest/charts/{id}.png serves the trend charts the digest card shows (public: the card's images
/// are fetched by the Teams client; the id is random and the chart names no tenant).
/// POST /dev/digest?asOf=YYYY-MM-DD sends a week's digest now, in Development only, for end-to-end tests.
/// </summary>
internal static class DigestEndpoints
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
            app.MapPost("/dev/digest", async (string? asOf, DigestSender sender, HttpContext context, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var week = asOf is null ? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)
                    : DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed
                    : (DateOnly?)null;
                if (week is null)
                {
                    return Results.Problem("asOf must be a date such as 2026-11-20.", statusCode: StatusCodes.Status400BadRequest);
                }

                // Locally the charts are served by this very host, at the address the request came to.
                var baseUrl = new Uri($"{context.Request.Scheme}://{context.Request.Host}/");
                var summary = await sender.RunAsync(week.Value, baseUrl, cancellationToken);
                return Results.Json(summary);
            });
        }

        return app;
    }
}
