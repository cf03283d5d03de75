using System.Collections.Concurrent;
using System.Net;
using ExpertBot.Cards;
using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Privacy;
using ExpertBot.Teams;
using Microsoft.Extensions.Options;
using ExpertBot.Hosting;

namespace ExpertBot.Digest;

/// <summary>
/// Sends one week's digest to every subscriber of a tenant: claim → send → mark sent in DigestDeliveries, with
/// ETag concurrency. A second sender skips what is claimed or done, so senders racing deliver each card once.
/// Across a crash the guarantee is at-least-once for the cards in flight and exactly-once for every other. A
/// sender that dies leaves its claims, which expire and are taken over; the Bot Connector has no idempotency key
/// for a new activity, nor a way to ask whether one arrived (Graph could, with chat-reading permissions the bot
/// does not ask for), so a card the connector accepted just before the crash, before "sent" was written, is sent
/// again: at most one card per worker (<see cref="DigestOptions.Concurrency"/>), one extra copy each, per crash.
/// "Sent" is written the moment the connector answers, whatever happens to the run then, to keep that window as
/// small as it can be. When every subscriber's delivery is settled, the tenant's week is recorded complete.
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
    // Who holds a claim (kept in the delivery record, with the time): this machine, this process, this sender.
    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>One pass over every tenant with subscribers; what is pending is for the next pass.</summary>
    public async Task<DigestRunSummary> RunAsync(DateOnly week, CancellationToken cancellationToken = default)
    {
        var total = DigestRunSummary.None;
        foreach (var tenant in await subscriptions.TenantsAsync(cancellationToken))
        {
            total = total.Add(await RunTenantAsync(tenant, week, cancellationToken));
        }

        return total;
    }

    /// <summary>One pass over a tenant's subscribers; a week already recorded complete sends nothing more.</summary>
    public async Task<DigestRunSummary> RunTenantAsync(string tenantId, DateOnly week, CancellationToken cancellationToken = default)
    {
        var subscribers = (await subscriptions.ListAsync(tenantId, cancellationToken)).Where(s => s.Active).ToArray();
        if (await deliveries.IsCompleteAsync(tenantId, week, cancellationToken))
        {
            return DigestRunSummary.None with { AlreadyDone = subscribers.Length };
        }

        var summary = subscribers.Length == 0 ? DigestRunSummary.None : await SendAsync(tenantId, week, subscribers, cancellationToken);
        if (summary.Pending == 0)
        {
            await deliveries.MarkCompleteAsync(tenantId, week, owner, cancellationToken);
        }

        return summary;
    }

    private async Task<DigestRunSummary> SendAsync(string tenantId, DateOnly week, Subscription[] subscribers, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (await organisations.ForTenantAsync(tenantId, cancellationToken) is not { } organisation)
        {
            LogNoEvidence(logger, tenantId);
            return DigestRunSummary.None with { Pending = subscribers.Length };
        }

        var notFeatured = await preferences.NotFeaturedAsync(tenantId, cancellationToken);
        var (result, topics, affinity) = await Task.Run(() =>
        {
            // The topics search knows for this tenant (curated and learned), so that a riser is found by asking about their topic.
            var catalogue = VocabularyTopicCatalogue.Build(organisation, organisations.LexiconFor(tenantId));
            return (RiserDetector.Detect(organisation, catalogue, week, notFeatured), catalogue, TopicAffinity.Build(organisation, catalogue));
        }, cancellationToken);
        var chartUrls = await ChartsAsync(result, o.PublicBaseUrl, cancellationToken);

        var pacer = new Pacer(o.MessagesPerSecond, time);
        var counts = new ConcurrentDictionary<Outcome, int>();
        await Parallel.ForEachAsync(subscribers, new ParallelOptions { MaxDegreeOfParallelism = o.Concurrency, CancellationToken = cancellationToken },
            async (subscriber, ct) =>
            {
                var outcome = await DeliverAsync(subscriber, week, result, topics, affinity, chartUrls, pacer, ct);
                counts.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            });

        var summary = new DigestRunSummary(counts.GetValueOrDefault(Outcome.Sent), counts.GetValueOrDefault(Outcome.Empty), counts.GetValueOrDefault(Outcome.Removed),
            counts.GetValueOrDefault(Outcome.Done), counts.GetValueOrDefault(Outcome.Pending));
        LogRun(logger, tenantId, week, summary.Sent, summary.Empty, summary.Removed, summary.AlreadyDone, summary.Pending);
        return summary;
    }

    private async Task<Outcome> DeliverAsync(
        Subscription subscriber, DateOnly week, DigestResult result, ITopicCatalogue topics, TopicAffinity affinity,
        IReadOnlyDictionary<int, Uri> chartUrls, Pacer pacer, CancellationToken cancellationToken)
    {
        var (claim, settled) = await deliveries.TryClaimAsync(subscriber.TenantId, week, subscriber.Key, owner,
            TimeSpan.FromMinutes(options.Value.ClaimMinutes), cancellationToken);
        if (claim is null)
        {
            return settled ? Outcome.Done : Outcome.Pending;
        }

        if (claim.Attempt > 1)
        {
            LogRetaken(logger, subscriber.TenantId, week, claim.Attempt);
        }

        var model = DigestComposer.Compose(result, topics, affinity, subscriber, chartUrls, options.Value.TopicsPerDigest);
        if (model is null)
        {
            await deliveries.SettleAsync(claim, DeliveryState.Empty, cancellationToken: cancellationToken);
            return Outcome.Empty;
        }

        var sending = false;
        string? activityId;
        try
        {
            var conversationId = subscriber.ConversationId;
            if (subscriber.IsPersonal && (subscriber.ConversationType is not (null or "personal") || conversationId.Length == 0) && subscriber.UserId is { } userId)
            {
                // No 1:1 conversation known for this person: create it (the call is idempotent) and write there.
                await pacer.WaitAsync(cancellationToken);
                conversationId = await connector.CreateConversationAsync(subscriber.ServiceUrl, subscriber.BotId, userId, subscriber.TenantId, cancellationToken);
            }

            var activity = Card(model, subscriber, conversationId);
            await pacer.WaitAsync(cancellationToken);
            sending = true;
            activityId = await connector.SendAsync(subscriber.ServiceUrl, conversationId, activity, cancellationToken);
        }
        catch (OperationCanceledException) when (!sending)
        {
            // Stopped (shutdown, lease lost) before anything went out: give the claim back so the next holder need not wait.
            await deliveries.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }
        catch (ConnectorException ex) when (ex.BotWasRemoved)
        {
            await subscriptions.MarkInactiveAsync(subscriber.TenantId, subscriber.Key, CancellationToken.None);
            await deliveries.SettleAsync(claim, DeliveryState.Removed, cancellationToken: CancellationToken.None);
            LogRemoved(logger, subscriber.TenantId, (int)ex.StatusCode);
            return Outcome.Removed;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            // Refused after the connector's retries, so not delivered: give the claim back so the next pass tries again.
            await deliveries.ReleaseAsync(claim, CancellationToken.None);
            LogSendFailed(logger, subscriber.TenantId, ex is ConnectorException c ? (int)c.StatusCode : (int)HttpStatusCode.ServiceUnavailable);
            return Outcome.Pending;
        }

        return await RecordSentAsync(claim, activityId);
    }

    /// <summary>
    /// The connector accepted the card: record it at once and whatever the run does meanwhile (no cancellation),
    /// since every moment between the answer and this write is a moment a crash would send the card twice.
    /// </summary>
    private async Task<Outcome> RecordSentAsync(DeliveryClaim claim, string? activityId)
    {
        try
        {
            if (!await deliveries.SettleAsync(claim, DeliveryState.Sent, activityId, CancellationToken.None))
            {
                LogClaimLost(logger, claim.TenantId, claim.Week);
            }

            return Outcome.Sent;
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or IOException)
        {
            // Sent but not recorded: the claim stays and expires, and the card is sent again (at-least-once).
            LogNotRecorded(logger, claim.TenantId, claim.Week, ex.GetType().Name);
            return Outcome.Pending;
        }
    }

    private static Activity Card(DigestCardModel model, Subscription subscriber, string conversationId)
    {
        var texts = Texts.For(model.Language);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = texts.Format("DigestSummary", string.Join(", ", model.Topics.Select(t => t.Topic))),
            From = new ChannelAccount { Id = subscriber.BotId },
            Conversation = new ConversationAccount { Id = conversationId },
            Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = DigestCard.Build(model) }],
        };
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

    [LoggerMessage(EventId = EventIds.Digest.Run, Level = LogLevel.Information, Message = "Digest for tenant {TenantId}, week ending {Week}: {Sent} sent, {Empty} empty, {Removed} removed, {Done} already done, {Pending} pending")]
    private static partial void LogRun(ILogger logger, string tenantId, DateOnly week, int sent, int empty, int removed, int done, int pending);

    [LoggerMessage(EventId = EventIds.Digest.NoEvidence, Level = LogLevel.Warning, Message = "No evidence loaded for tenant {TenantId}: its digest waits")]
    private static partial void LogNoEvidence(ILogger logger, string tenantId);

    [LoggerMessage(EventId = EventIds.Digest.SubscriberRemoved, Level = LogLevel.Information, Message = "A digest subscriber of tenant {TenantId} removed the app ({Status}): subscription marked inactive")]
    private static partial void LogRemoved(ILogger logger, string tenantId, int status);

    [LoggerMessage(EventId = EventIds.Digest.SendFailed, Level = LogLevel.Warning, Message = "A digest for tenant {TenantId} could not be sent ({Status}); retried on the next pass")]
    private static partial void LogSendFailed(ILogger logger, string tenantId, int status);

    [LoggerMessage(EventId = EventIds.Digest.ClaimLost, Level = LogLevel.Warning, Message = "A digest for tenant {TenantId}, week ending {Week}, was sent after its claim expired")]
    private static partial void LogClaimLost(ILogger logger, string tenantId, DateOnly week);

    [LoggerMessage(EventId = EventIds.Digest.ExpiredClaimResent, Level = LogLevel.Warning, Message = "A digest for tenant {TenantId}, week ending {Week}, is sent again (attempt {Attempt}): the previous sender's claim expired, and it may have been delivered")]
    private static partial void LogRetaken(ILogger logger, string tenantId, DateOnly week, int attempt);

    [LoggerMessage(EventId = EventIds.Digest.SentButNotRecorded, Level = LogLevel.Error, Message = "A digest for tenant {TenantId}, week ending {Week}, was sent but could not be recorded ({Error}); it will be sent again once its claim expires")]
    private static partial void LogNotRecorded(ILogger logger, string tenantId, DateOnly week, string error);

    private enum Outcome
    {
        Sent,
        Empty,
        Removed,
        Done,
        Pending,
    }
}
