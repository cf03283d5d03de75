using System.Net;
using System.Text.Json;
using ExpertBot.Hosting;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ExpertBot.Graph;

/// <summary>
/// GETs many resources through $batch, 20 per request. Each inner request is throttled on its own: a batch
/// answered 200 may hold inner 429s or 503s, which are sent again in a later batch after at least their
/// Retry-After. An inner response that cannot be read is skipped with a log; the others are kept.
/// </summary>
internal static partial class GraphBatch
{
    public const int MaxPerBatch = 20;

    public static async Task<Dictionary<string, T>> GetAsync<T>(
        GraphServiceClient client,
        IReadOnlyList<(string Key, RequestInformation Request)> requests,
        int maxRetries,
        TimeProvider time,
        ILogger logger,
        CancellationToken cancellationToken = default)
        where T : IParsable, new()
    {
        var results = new Dictionary<string, T>(StringComparer.Ordinal);
        await SendAsync(client, requests, maxRetries, time, logger, async (key, status, response, id) =>
        {
            if (status != HttpStatusCode.OK)
            {
                LogFailed(logger, key, (int)status);
                return;
            }

            try
            {
                if (await response.GetResponseByIdAsync<T>(id) is { } value)
                {
                    results[key] = value;
                }
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException)
            {
                LogUnreadable(logger, key, ex.Message);
            }
        }, cancellationToken);
        return results;
    }

    /// <summary>
    /// Every request's final answer as it came, for callers that need more than a parsed 200: the status (404 means
    /// "none" for a photo; 403 a missing permission) and the body. A non-JSON body (a photo) comes base64-encoded
    /// inside the batch's JSON (https://learn.microsoft.com/graph/json-batching): <see cref="BatchAnswer.Bytes"/> decodes it.
    /// </summary>
    public static async Task<Dictionary<string, BatchAnswer>> GetAnswersAsync(
        GraphServiceClient client,
        IReadOnlyList<(string Key, RequestInformation Request)> requests,
        int maxRetries,
        TimeProvider time,
        ILogger logger,
        CancellationToken cancellationToken = default)
    {
        var answers = new Dictionary<string, BatchAnswer>(StringComparer.Ordinal);
        await SendAsync(client, requests, maxRetries, time, logger, async (key, status, response, id) =>
        {
            using var inner = await response.GetResponseByIdAsync(id);
            var body = inner.Content is null ? string.Empty : await inner.Content.ReadAsStringAsync(cancellationToken);
            answers[key] = new BatchAnswer(status, body, inner.Content?.Headers.ContentType?.MediaType);
        }, cancellationToken);
        return answers;
    }

    /// <summary>Sends the requests 20 a batch; throttled ones again after their Retry-After; each final answer to <paramref name="answer"/>.</summary>
    private static async Task SendAsync(
        GraphServiceClient client,
        IReadOnlyList<(string Key, RequestInformation Request)> requests,
        int maxRetries,
        TimeProvider time,
        ILogger logger,
        Func<string, HttpStatusCode, BatchResponseContentCollection, string, Task> answer,
        CancellationToken cancellationToken)
    {
        var pending = requests;
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var retry = new List<(string Key, RequestInformation Request)>();
            TimeSpan? retryAfter = null;
            foreach (var chunk in pending.Chunk(MaxPerBatch))
            {
                var batch = new BatchRequestContentCollection(client, MaxPerBatch);
                var keys = new Dictionary<string, (string Key, RequestInformation Request)>(StringComparer.Ordinal);
                foreach (var r in chunk)
                {
                    keys[await batch.AddBatchRequestStepAsync(r.Request)] = r;
                }

                var response = await client.Batch.PostAsync(batch, cancellationToken);
                foreach (var (id, status) in await response.GetResponsesStatusCodesAsync())
                {
                    var request = keys[id];
                    if (GraphResilience.IsTransient(status) && attempt < maxRetries)
                    {
                        using var inner = await response.GetResponseByIdAsync(id);
                        var after = GraphResilience.RetryAfter(inner.Headers.RetryAfter, time.GetUtcNow());
                        retryAfter = after > retryAfter || retryAfter is null ? after : retryAfter;
                        retry.Add(request);
                    }
                    else
                    {
                        await answer(request.Key, status, response, id);
                    }
                }
            }

            if (retry.Count > 0)
            {
                var wait = GraphResilience.WaitBefore(attempt + 1, retryAfter);
                LogRetrying(logger, retry.Count, (long)wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken);
            }

            pending = retry;
        }
    }

    [LoggerMessage(EventId = EventIds.Graph.BatchRetrying, Level = LogLevel.Warning, Message = "$batch: {Count} requests throttled; sending them again in {WaitMs} ms")]
    private static partial void LogRetrying(ILogger logger, int count, long waitMs);

    [LoggerMessage(EventId = EventIds.Graph.BatchUnreadable, Level = LogLevel.Warning, Message = "$batch: the answer for {Key} could not be read and is skipped: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string key, string reason);

    [LoggerMessage(EventId = EventIds.Graph.BatchFailed, Level = LogLevel.Warning, Message = "$batch: request for {Key} failed with {Status} and is skipped")]
    private static partial void LogFailed(ILogger logger, string key, int status);
}
