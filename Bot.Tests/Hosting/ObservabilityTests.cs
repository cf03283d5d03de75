using System.Diagnostics;
using System.Net;
using System.Text;
using ExpertBot.Hosting;
using ExpertBot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace ExpertBot.Tests.Hosting;

/// <summary>
/// Traces through the real host: a turn's inbound request is a span, printed by the console exporter when
/// Telemetry:Console is on, and the spans carry no words of the question.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class ObservabilityTests
{
    private const string Question = "who knows zanzibar-quokka-telemetry?";

    [Fact]
    public async Task A_turn_is_traced_and_printed_by_the_console_exporter_without_the_question_text()
    {
        var exported = new List<Activity>();
        using var bot = new BotFactory(issuer: null, remoteAddress: IPAddress.Loopback);
        using var host = bot.WithWebHostBuilder(b => b
            .UseSetting("Telemetry:Console", "true")
            .ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(exported))));
        using var client = host.CreateClient();
        await WaitForIndexAsync(client);
        var traceId = ActivityTraceId.CreateRandom();
        var activity = TestActivities.Message(Question, serviceUrl: "http://localhost:56150/_connector");

        var console = new StringWriter();
        var original = Console.Out;
        HttpStatusCode status;
        Console.SetOut(TextWriter.Synchronized(console));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
            using var response = await client.SendAsync(request);
            status = response.StatusCode;
            // The turn runs after the inbound request is answered: wait for it, then for the exporter.
            await host.Services.GetRequiredService<ExpertBot.Teams.TurnQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
            await Task.Delay(200);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Activity[] turn;
        lock (exported)
        {
            turn = [.. exported.Where(a => a.TraceId == traceId)];
        }

        var inbound = Assert.Single(turn, a => a.Kind == ActivityKind.Server);
        Assert.Equal("POST /api/messages", inbound.DisplayName);
        Assert.Equal(200, inbound.GetTagItem("http.response.status_code"));
        // The queued turn, from the inbound request to the reply, continues the same trace.
        var queued = Assert.Single(turn, a => a.DisplayName == "turn");
        Assert.Equal(inbound.SpanId, queued.ParentSpanId);
        Assert.All(turn.SelectMany(a => a.TagObjects), tag => Assert.DoesNotContain("quokka", tag.Value?.ToString() ?? string.Empty, StringComparison.OrdinalIgnoreCase));
        var printed = console.ToString();
        Assert.Contains(traceId.ToString(), printed, StringComparison.Ordinal);
        Assert.Contains("POST /api/messages", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_probes_are_not_traced()
    {
        var exported = new List<Activity>();
        using var bot = new BotFactory(issuer: null);
        using var host = bot.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(exported))));
        using var client = host.CreateClient();
        var traceId = ActivityTraceId.CreateRandom();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        lock (exported)
        {
            Assert.DoesNotContain(exported, a => a.TraceId == traceId);
        }
    }

    [Fact]
    public async Task With_an_Application_Insights_connection_string_the_host_starts_and_answers()
    {
        using var bot = new BotFactory(issuer: null);
        // A loopback ingestion endpoint: nothing leaves the machine.
        using var host = bot.WithWebHostBuilder(b => b.UseSetting(
            ObservabilityExtensions.AzureMonitorVariable,
            "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/;LiveEndpoint=http://127.0.0.1:9/"));
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task WaitForIndexAsync(HttpClient client)
    {
        for (var i = 0; ; i++)
        {
            using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (ready.IsSuccessStatusCode)
            {
                return;
            }

            Assert.True(i < 200, "the bot did not become ready");
            await Task.Delay(50);
        }
    }
}
