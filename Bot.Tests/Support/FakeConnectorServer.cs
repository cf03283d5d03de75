using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExpertBot.Tests.Support;

/// <summary>
/// A Bot Connector on loopback that answers from a script (status, Retry-After, body) and records every
/// request it receives, with the time it arrived.
/// </summary>
public sealed class FakeConnectorServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ScriptedResponse> script = new();
    private readonly ConcurrentQueue<ReceivedRequest> received = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan downUntil;

    private FakeConnectorServer(WebApplication app) => this.app = app;

    /// <summary>The service URL as Teams would give it, with a path (like the Agents Playground's /_connector).</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<ReceivedRequest> Requests => [.. received];

    public static async Task<FakeConnectorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeConnectorServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ServiceUrl = address.TrimEnd('/') + "/_connector/";
        return server;
    }

    public FakeConnectorServer Then(int status, string? body = null, string? retryAfter = null)
    {
        script.Enqueue(new ScriptedResponse(status, body, retryAfter));
        return this;
    }

    /// <summary>An outage: every request answers 503 with Retry-After: 1 for this long, then the script resumes.</summary>
    public FakeConnectorServer Down(TimeSpan duration)
    {
        downUntil = clock.Elapsed + duration;
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var arrivedAt = clock.Elapsed;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new ReceivedRequest(context.Request.Method, context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(), body, arrivedAt);
        var answer = clock.Elapsed < downUntil ? new ScriptedResponse(503, null, "1")
            : script.TryDequeue(out var next) ? next
            : new ScriptedResponse(200, $$"""{"id":"sent-{{received.Count}}"}""", null);
        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }

        // The client cannot have the response before this moment: a lower bound for how long it then waited.
        received.Enqueue(request with { RespondedAt = clock.Elapsed, Status = answer.Status });
    }

    private sealed record ScriptedResponse(int Status, string? Body, string? RetryAfter);
}

/// <param name="Path">The request target exactly as sent, still percent-encoded.</param>
public sealed record ReceivedRequest(string Method, string Path, string Authorization, string Body, TimeSpan ArrivedAt)
{
    public TimeSpan RespondedAt { get; init; }

    public int Status { get; init; }
}
