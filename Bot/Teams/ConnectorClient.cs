using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ExpertBot.Teams;

/// <summary>
/// Speaks the Bot Connector REST API. The bot's token goes only to service URLs that arrived in an
/// authenticated activity; throttling (429) and transient failures are retried with the server's
/// Retry-After or a jittered exponential backoff.
/// </summary>
internal sealed partial class ConnectorClient(
    HttpClient http,
    IBotTokenProvider tokens,
    TrustedServiceUrls trusted,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    private const int MaxAttempts = 6;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(60);

    public async Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        await ReadIdAsync(await SendWithRetryAsync(HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, cancellationToken), cancellationToken);

    public async Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
        await ReadIdAsync(await SendWithRetryAsync(HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(replyToId)}", activity, cancellationToken), cancellationToken);

    public async Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        (await SendWithRetryAsync(HttpMethod.Put, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity, cancellationToken)).Dispose();

    public async Task<string> CreateConversationAsync(string serviceUrl, string botId, string userId, string tenantId, CancellationToken cancellationToken = default)
    {
        var body = new
        {
            isGroup = false,
            bot = new { id = botId },
            members = new[] { new { id = userId } },
            tenantId,
            channelData = new { tenant = new { id = tenantId } },
        };
        return await ReadIdAsync(await SendWithRetryAsync(HttpMethod.Post, serviceUrl, "v3/conversations", body, cancellationToken), cancellationToken)
            ?? throw new ConnectorException(HttpStatusCode.BadGateway, "The connector created a conversation without an id.");
    }

    private async Task<HttpResponseMessage> SendWithRetryAsync(HttpMethod method, string serviceUrl, string path, object body, CancellationToken cancellationToken)
    {
        if (!trusted.IsTrusted(serviceUrl))
        {
            // Never send the bot's token to a host that did not come from an authenticated activity.
            throw new InvalidOperationException("The service URL did not arrive in an authenticated activity; the bot will not call it.");
        }

        var uri = new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(body, body.GetType(), options: ActivityJson.Options) };
            if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex) when (attempt < MaxAttempts)
            {
                LogTransportRetry(logger, uri.Host, attempt, ex.Message);
                await DelayAtLeastAsync(Backoff(attempt, null), cancellationToken);
                continue;
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            var status = response.StatusCode;
            if (IsTransient(status) && attempt < MaxAttempts)
            {
                var delay = Backoff(attempt, RetryAfter(response));
                response.Dispose();
                LogRetry(logger, method.Method, uri.Host, (int)status, attempt, delay.TotalMilliseconds);
                await DelayAtLeastAsync(delay, cancellationToken);
                continue;
            }

            response.Dispose();
            LogFailure(logger, method.Method, uri.Host, (int)status);
            throw new ConnectorException(status, $"The Bot Connector answered {(int)status} to {method.Method} {path}.");
        }
    }

    /// <summary>Timers may fire a little early; the connector's Retry-After is a floor, so wait out any remainder.</summary>
    private async Task DelayAtLeastAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        for (var remaining = delay; remaining > TimeSpan.Zero; remaining = delay - time.GetElapsedTime(start))
        {
            await Task.Delay(remaining, time, cancellationToken);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout
            || (int)status >= 500;

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };

    /// <summary>Waits at least what the server asked for; otherwise exponential backoff with full jitter.</summary>
    internal static TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        if (retryAfter is { } asked && asked > TimeSpan.Zero)
        {
            return asked < MaxDelay ? asked : MaxDelay;
        }

        var ceiling = Math.Min(MaxDelay.TotalMilliseconds, 250 * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }

    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using (response)
        {
            if (response.Content.Headers.ContentLength == 0)
            {
                return null;
            }

            try
            {
                var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                return json.ValueKind == JsonValueKind.Object && json.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    ? id.GetString()
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Connector {Method} to {Host} answered {Status}; retry {Attempt} in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, string method, string host, int status, int attempt, double delayMs);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Connector call to {Host} failed in transport on attempt {Attempt}: {Reason}")]
    private static partial void LogTransportRetry(ILogger logger, string host, int attempt, string reason);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "Connector {Method} to {Host} failed with {Status}")]
    private static partial void LogFailure(ILogger logger, string method, string host, int status);
}
