using System.Net;

namespace ExpertBot.Graph;

/// <summary>One request's final answer inside a $batch: its status, its body as the batch carried it, and its content type.</summary>
internal sealed record BatchAnswer(HttpStatusCode Status, string Body, string? ContentType)
{
    /// <summary>
    /// A binary body (a photo): $batch carries any non-JSON body as base64 text inside its JSON
    /// (https://learn.microsoft.com/graph/json-batching), and the SDK hands that text on as it is.
    /// Null when it is not base64.
    /// </summary>
    public byte[]? Bytes()
    {
        var text = Body.Trim().Trim('"');
        var buffer = new byte[text.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
