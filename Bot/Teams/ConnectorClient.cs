using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ExpertBot.Hosting;

namespace ExpertBot.Teams;

/// <summary>
/// Speaks the Bot Connector REST API. The bot's token goes only to service URLs that arrived in an
/// authenticated activity; retries are the HttpClient pipeline's (<see cref="ConnectorResilience"/>).
/// </summary>
internal sealed partial class ConnectorClient(
    HttpClient http,
    IBotTokenProvider tokens,
    TrustedServiceUrls trusted,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
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
        catch (Exception ex) when (ex is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            LogUnreachable(logger, method.Method, uri.Host, ex.GetType().Name);
            throw new ConnectorException(HttpStatusCode.ServiceUnavailable, $"The Bot Connector could not be reached for {method.Method} {path}.");
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        var status = response.StatusCode;
        response.Dispose();
        LogFailure(logger, method.Method, uri.Host, (int)status);
        throw new ConnectorException(status, $"The Bot Connector answered {(int)status} to {method.Method} {path}.");
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

    [LoggerMessage(EventId = EventIds.Teams.ConnectorUnreachable, Level = LogLevel.Error, Message = "Connector {Method} to {Host} could not be reached after retries: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string method, string host, string reason);

    [LoggerMessage(EventId = EventIds.Teams.ConnectorFailure, Level = LogLevel.Error, Message = "Connector {Method} to {Host} failed with {Status}")]
    private static partial void LogFailure(ILogger logger, string method, string host, int status);
}
