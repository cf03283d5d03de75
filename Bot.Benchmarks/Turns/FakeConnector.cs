using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExpertBot.Benchmarks.Turns;

/// <summary>
/// A Bot Connector on loopback, in this process so that its clock is the load generator's: every POST to
/// v3/conversations/{id}/activities is recorded with the moment it arrived, its replyToId and what it was
/// answered. Normally 200 with an id; during an outage 503 with Retry-After, as the real Connector answers
/// when it is overloaded.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ConnectorPost> posts = new();
    private long sequence;
    private volatile string? outageRetryAfter;
    private volatile bool down;

    private FakeConnector(WebApplication app) => this.app = app;

    /// <summary>The service URL put in every activity; loopback, which the bot's local mode trusts.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Every request received so far (replies and anything else), in arrival order.</summary>
    public IReadOnlyList<ConnectorPost> Posts => [.. posts];

    /// <summary>When the last request of any kind arrived (Stopwatch timestamp), 0 before the first.</summary>
    public long LastArrival { get; private set; }

    public static async Task<FakeConnector> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>From now on every request is answered 503 with this Retry-After (none when null).</summary>
    public void BeginOutage(string? retryAfter)
    {
        outageRetryAfter = retryAfter;
        down = true;
    }

    public void EndOutage() => down = false;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var arrivedAt = Stopwatch.GetTimestamp();
        LastArrival = arrivedAt;
        var (replyToId, card) = await ReadAsync(context.Request, context.RequestAborted);
        var segments = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        // Replies are sent as new activities of the conversation (POST v3/conversations/{id}/activities) with replyToId.
        var isSend = HttpMethods.IsPost(context.Request.Method) && segments is ["v3", "conversations", _, "activities"];
        var conversation = segments.Length > 2 ? Uri.UnescapeDataString(segments[2]) : string.Empty;
        var status = down ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        posts.Enqueue(new ConnectorPost(isSend, conversation, replyToId, card, arrivedAt, status));

        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            if (outageRetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"id":"reply-{{Interlocked.Increment(ref sequence)}}"}""", context.RequestAborted);
    }

    private static async Task<(string? ReplyToId, bool Card)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            var root = body.RootElement;
            var replyToId = root.TryGetProperty("replyToId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            var card = root.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array && attachments.GetArrayLength() > 0;
            return (replyToId, card);
        }
        catch (JsonException)
        {
            return (null, false);
        }
    }
}
