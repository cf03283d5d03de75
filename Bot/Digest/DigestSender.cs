using System.Collections.Concurrent;
using System.Net;
using ExpertBot.Cards;
using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Privacy;
using ExpertBot.Teams;
using Microsoft.Extensions.Options;

namespace ExpertBot.Digest;

/// <summary>
/// Sends one week's digest to every subscriber of a tenant, exactly once each: claim → send → mark sent in
/// DigestDeliveries, with ETag concurrency. A second sender skips what is claimed or done; a sender that
/// dies leaves claims that expire and are taken over, so a restart resumes without duplicates or gaps
/// (the one window left is a crash between the connector's answer and the "sent" write).
/// </summary>
internal sealed partial class DigestSender(
    SubscriptionStore subscriptions,
    DeliveryStore deliveries,
    ChartStore charts,
    PreferenceStore preferences,
    IDigestOrganisationSource organisations,
    IConnectorClient connector,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestSender> logger)
{
    private readonly string owner = $"{Environment.MachineName}:{Guid.NewGuid():N}";

    /// <summary>One pass over every tenant with subscribers; what is pending is for the next pass.</summary>
    public async Task<DigestRunSummary> RunAsync(DateOnly week, Uri? publicBaseUrl = null, CancellationToken cancellationToken = default)
    {
        var total = DigestRunSummary.None;
        foreach (var tenant in await subscriptions.TenantsAsync(cancellationToken))
        {
            total = total.Add(await RunTenantAsync(tenant, week, publicBaseUrl, cancellationToken));
        }

        return total;
    }

    public async Task<DigestRunSummary> RunTenantAsync(string tenantId, DateOnly week, Uri? publicBaseUrl = null, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var subscribers = (await subscriptions.ListAsync(tenantId, cancellationToken)).Where(s => s.Active).ToArray();
        if (subscribers.Length == 0)
        {
            return DigestRunSummary.None;
        }

        if (await organisations.ForTenantAsync(tenantId, cancellationToken) is not { } organisation)
        {
            LogNoEvidence(logger, tenantId);
            return DigestRunSummary.None with { Pending = subscribers.Length };
        }

        var notFeatured = await preferences.NotFeaturedAsync(tenantId, cancellationToken);
        var (result, topics, affinity) = await Task.Run(() =>
        {
            var catalogue = VocabularyTopicCatalogue.Build(organisation);
            return (RiserDetector.Detect(organisation, catalogue, week, notFeatured), catalogue, TopicAffinity.Build(organisation, catalogue));
        }, cancellationToken);
        var chartUrls = await ChartsAsync(result, publicBaseUrl ?? o.PublicBaseUrl, cancellationToken);

        var pacer = new Pacer(o.MessagesPerSecond, time);
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(subscribers, new ParallelOptions { MaxDegreeOfParallelism = o.Concurrency, CancellationToken = cancellationToken },
            async (subscriber, ct) =>
            {
                var outcome = await DeliverAsync(subscriber, week, result, topics, affinity, chartUrls, pacer, ct);
                counts.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            });

        var summary = new DigestRunSummary(counts.GetValueOrDefault("sent"), counts.GetValueOrDefault("empty"), counts.GetValueOrDefault("removed"),
            counts.GetValueOrDefault("done"), counts.GetValueOrDefault("pending"));
        LogRun(logger, tenantId, week, summary.Sent, summary.Empty, summary.Removed, summary.AlreadyDone, summary.Pending);
        return summary;
    }

    private async Task<string> DeliverAsync(
        Subscription subscriber, DateOnly week, DigestResult result, ITopicCatalogue topics, TopicAffinity affinity,
        IReadOnlyDictionary<int, Uri> chartUrls, Pacer pacer, CancellationToken cancellationToken)
    {
        var (claim, settled) = await deliveries.TryClaimAsync(subscriber.TenantId, week, subscriber.Key, owner,
            TimeSpan.FromMinutes(options.Value.ClaimMinutes), cancellationToken);
        if (claim is null)
        {
            return settled ? "done" : "pending";
        }

        var model = DigestComposer.Compose(result, topics, affinity, subscriber, chartUrls, options.Value.TopicsPerDigest);
        if (model is null)
        {
            await deliveries.SettleAsync(claim, DeliveryState.Empty, cancellationToken: cancellationToken);
            return "empty";
        }

        try
        {
            var conversationId = subscriber.ConversationId;
            if (subscriber.IsPersonal && (subscriber.ConversationType is not (null or "personal") || conversationId.Length == 0) && subscriber.UserId is { } userId)
            {
                // No 1:1 conversation known for this person: create it (the call is idempotent) and write there.
                await pacer.WaitAsync(cancellationToken);
                conversationId = await connector.CreateConversationAsync(subscriber.ServiceUrl, subscriber.BotId, userId, subscriber.TenantId, cancellationToken);
            }

            var texts = Texts.For(model.Language);
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Summary = texts.Format("DigestSummary", string.Join(", ", model.Topics.Select(t => t.Topic))),
                From = new ChannelAccount { Id = subscriber.BotId },
                Conversation = new ConversationAccount { Id = conversationId },
                Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = DigestCard.Build(model) }],
            };
            await pacer.WaitAsync(cancellationToken);
            var activityId = await connector.SendAsync(subscriber.ServiceUrl, conversationId, activity, cancellationToken);
            if (!await deliveries.SettleAsync(claim, DeliveryState.Sent, activityId, CancellationToken.None))
            {
                LogClaimLost(logger, subscriber.TenantId, week);
            }

            return "sent";
        }
        catch (ConnectorException ex) when (ex.BotWasRemoved)
        {
            await subscriptions.MarkInactiveAsync(subscriber.TenantId, subscriber.Key, CancellationToken.None);
            await deliveries.SettleAsync(claim, DeliveryState.Removed, cancellationToken: CancellationToken.None);
            LogRemoved(logger, subscriber.TenantId, (int)ex.StatusCode);
            return "removed";
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            // Gave up after the connector's retries: give the claim back so the next pass tries again.
            await deliveries.ReleaseAsync(claim, CancellationToken.None);
            LogSendFailed(logger, subscriber.TenantId, ex is ConnectorException c ? (int)c.StatusCode : (int)HttpStatusCode.ServiceUnavailable);
            return "pending";
        }
    }

    private async Task<IReadOnlyDictionary<int, Uri>> ChartsAsync(DigestResult result, Uri? baseUrl, CancellationToken cancellationToken)
    {
        var urls = new Dictionary<int, Uri>();
        if (baseUrl is null)
        {
            return urls;
        }

        foreach (var topic in result.Topics)
        {
            var id = await charts.SaveAsync(TrendChart.Render(topic), cancellationToken);
            urls[topic.TopicId] = new Uri(baseUrl, $"digest/charts/{id}.png");
        }

        return urls;
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Digest for tenant {TenantId}, week ending {Week}: {Sent} sent, {Empty} empty, {Removed} removed, {Done} already done, {Pending} pending")]
    private static partial void LogRun(ILogger logger, string tenantId, DateOnly week, int sent, int empty, int removed, int done, int pending);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "No evidence loaded for tenant {TenantId}: its digest waits")]
    private static partial void LogNoEvidence(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "A digest subscriber of tenant {TenantId} removed the app ({Status}): subscription marked inactive")]
    private static partial void LogRemoved(ILogger logger, string tenantId, int status);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "A digest for tenant {TenantId} could not be sent ({Status}); retried on the next pass")]
    private static partial void LogSendFailed(ILogger logger, string tenantId, int status);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "A digest for tenant {TenantId}, week ending {Week}, was sent after its claim expired")]
    private static partial void LogClaimLost(ILogger logger, string tenantId, DateOnly week);
}
