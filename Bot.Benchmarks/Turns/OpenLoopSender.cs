using System.Diagnostics;
using System.Net.Http.Headers;

namespace ExpertBot.Benchmarks.Turns;

/// <summary>
/// Posts activities to the bot on a fixed schedule, whatever the bot does (an open loop: a slow bot gets
/// more requests in flight, not fewer, as with the real Connector). Within one conversation an activity is
/// posted only once the previous one was answered, as Teams delivers a chat's messages one after another, so
/// that the order the bot accepted them in is known and the order of its replies can be checked.
/// </summary>
internal sealed class OpenLoopSender(HttpClient http, Uri endpoint, TurnTraffic traffic)
{
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 512,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Posts <paramref name="plan"/> at <paramref name="perSecond"/> activities a second; completes when every post was answered.</summary>
    public async Task<IReadOnlyList<SentActivity>> RunAsync(IReadOnlyList<PlannedActivity> plan, double perSecond, CancellationToken cancellationToken = default)
    {
        // Serialised before the clock starts: the generator's own work stays off the schedule.
        var bodies = plan.Select(traffic.Json).ToArray();
        var results = new SentActivity[plan.Count];
        var posts = new Task[plan.Count];
        var previous = new Dictionary<string, Task>(StringComparer.Ordinal);
        var orders = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < plan.Count; i++)
        {
            var due = start + (long)(i * Stopwatch.Frequency / perSecond);
            await WaitUntilAsync(due, cancellationToken);
            var planned = plan[i];
            var conversation = planned.ConversationId;
            var order = orders[conversation] = orders.GetValueOrDefault(conversation) + 1;
            var index = i;
            var post = PostAsync(bodies[i], previous.GetValueOrDefault(conversation), cancellationToken)
                .ContinueWith(
                    t => results[index] = new SentActivity(planned, order, due, t.Result.SentAt, t.Result.AnsweredAt, t.Result.Status),
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            previous[conversation] = post;
            posts[i] = post;
        }

        await Task.WhenAll(posts);
        return results;
    }

    /// <summary>One post, after its conversation's previous one was answered; never throws.</summary>
    private async Task<(long SentAt, long AnsweredAt, int Status)> PostAsync(byte[] body, Task? previous, CancellationToken cancellationToken)
    {
        if (previous is not null)
        {
            await previous;
        }

        var sentAt = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(endpoint, content, cancellationToken);
            return (sentAt, Stopwatch.GetTimestamp(), (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (sentAt, Stopwatch.GetTimestamp(), 0);
        }
    }

    private static async Task WaitUntilAsync(long due, CancellationToken cancellationToken)
    {
        var milliseconds = (due - Stopwatch.GetTimestamp()) * 1000 / Stopwatch.Frequency;
        if (milliseconds >= 1)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(milliseconds), cancellationToken);
        }
    }
}
