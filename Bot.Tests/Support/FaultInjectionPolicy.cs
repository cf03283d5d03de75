using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ExpertBot.Tests.Support;

/// <summary>
/// Makes Table Storage fail the way it does in production: the first <c>count</c> requests that match answer 503
/// before reaching the server, or reach it, commit, and then lose their response (the caller sees a 503).
/// Sits inside the SDK's retry loop, as a real network fault would.
/// </summary>
internal sealed class FaultInjectionPolicy(Func<HttpMessage, bool> matches, int count, bool afterCommit) : HttpPipelinePolicy
{
    private readonly int total = count;
    private int remaining = count;

    public int Injected => total - Math.Max(Volatile.Read(ref remaining), 0);

    /// <summary>Matches entity group transactions (POST …/$batch).</summary>
    public static bool Batch(HttpMessage message) =>
        message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal);

    /// <summary>Matches writes to one table (insert, upsert, update), by its name at the start of the path.</summary>
    public static Func<HttpMessage, bool> WritesTo(string tableName) => message =>
        message.Request.Method != RequestMethod.Get && message.Request.Uri.Path.Contains("/" + tableName + "(", StringComparison.Ordinal);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (!matches(message) || Interlocked.Decrement(ref remaining) < 0)
        {
            await ProcessNextAsync(message, pipeline);
            return;
        }

        if (afterCommit)
        {
            await ProcessNextAsync(message, pipeline);
            message.Response.Dispose();
        }

        message.Response = new ServiceUnavailable(message.Request.ClientRequestId);
    }

    private sealed class ServiceUnavailable(string clientRequestId) : Response
    {
        public override int Status => 503;

        // The retry policy retries only responses marked as errors; the transport marks real ones.
        public override bool IsError => true;

        public override string ReasonPhrase => "Service Unavailable (injected)";

        public override Stream? ContentStream { get; set; } = new MemoryStream();

        public override string ClientRequestId { get; set; } = clientRequestId;

        public override void Dispose() => ContentStream?.Dispose();

        protected override bool ContainsHeader(string name) => false;

        protected override IEnumerable<HttpHeader> EnumerateHeaders() => [];

        protected override bool TryGetHeader(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }

        protected override bool TryGetHeaderValues(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = null;
            return false;
        }
    }
}
