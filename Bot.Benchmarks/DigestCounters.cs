using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using ExpertBot.Digest;
using ExpertBot.Expertise;
using ExpertBot.Storage;
using ExpertBot.Teams;

namespace ExpertBot.Benchmarks;

/// <summary>Counts every Table Storage request (retries included) by table and method: what a run costs in calls.</summary>
internal sealed class TableCallCounter : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, int> calls = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Calls => calls;

    public int Total => calls.Values.Sum();

    public void Reset() => calls.Clear();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Count(HttpMessage message)
    {
        // ".../devstoreaccount1/DigestDeliveries(PartitionKey='…',RowKey='…')" → "DigestDeliveries"; a prefix is kept off.
        var segment = message.Request.Uri.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "?";
        var table = segment.Split('(')[0];
        var name = TableNames.All.FirstOrDefault(n => table.EndsWith(n, StringComparison.Ordinal)) ?? table;
        calls.AddOrUpdate($"{message.Request.Method} {name}", 1, (_, n) => n + 1);
    }
}

/// <summary>A Bot Connector that accepts every card at once and counts the calls: the digest's own cost, not Teams'.</summary>
internal sealed class AcceptingConnector : IConnectorClient
{
    private int sends;
    private int created;

    public int Sends => Volatile.Read(ref sends);

    public int Created => Volatile.Read(ref created);

    public Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        Task.FromResult<string?>($"activity-{Interlocked.Increment(ref sends)}");

    public Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<string> CreateConversationAsync(string serviceUrl, string botId, string userId, string tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult($"a:created-{Interlocked.Increment(ref created)}");
}

/// <summary>The tenant's evidence already in memory, as after a Graph sync: reading it costs no Graph call.</summary>
internal sealed class InMemoryOrganisation(Organisation organisation, TopicLexicon lexicon) : IDigestOrganisationSource
{
    public Task<Organisation?> ForTenantAsync(string tenantId, CancellationToken cancellationToken = default) => Task.FromResult<Organisation?>(organisation);

    public TopicLexicon LexiconFor(string tenantId) => lexicon;
}
