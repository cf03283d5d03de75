using System.Diagnostics;

namespace ExpertBot.Benchmarks.Turns;

/// <summary>
/// What one phase's activities met: how /api/messages answered them, and what reached the connector for each
/// (matched by replyToId). A reply is delivered when the connector answered it 200; a 503 is a refused attempt.
/// </summary>
internal sealed record PhaseFigures(
    int Sent,
    int Errors,
    Latencies Inbound,
    Latencies Reply,
    Latencies ScheduleLag,
    int Delivered,
    int Cards,
    int Lost,
    int Duplicates,
    int OrderViolations,
    int OrderedConversations,
    int RefusedAttempts,
    int MostAttempts,
    long FirstDelivery,
    long LastDelivery)
{
    public static PhaseFigures Of(IReadOnlyList<SentActivity> sent, IReadOnlyList<ConnectorPost> posts)
    {
        var ids = sent.Select(s => s.Planned.Id).ToHashSet(StringComparer.Ordinal);
        var mine = posts.Where(p => p.IsSend && p.ReplyToId is { } id && ids.Contains(id)).ToArray();
        var deliveries = mine.Where(p => p.Delivered).GroupBy(p => p.ReplyToId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.ArrivedAt).ToArray(), StringComparer.Ordinal);
        var attempts = mine.GroupBy(p => p.ReplyToId!, StringComparer.Ordinal).Select(g => g.Count()).DefaultIfEmpty(0).Max();

        var inbound = new Latencies();
        var reply = new Latencies();
        var lag = new Latencies();
        int errors = 0, lost = 0, duplicates = 0;
        foreach (var activity in sent)
        {
            inbound.Add(activity.InboundTicks);
            lag.Add(Math.Max(0, activity.SentAt - activity.ScheduledAt));
            if (!activity.Accepted)
            {
                errors++;
                continue;
            }

            if (!deliveries.TryGetValue(activity.Planned.Id, out var delivered))
            {
                lost++;
                continue;
            }

            duplicates += delivered.Length - 1;
            reply.Add(delivered[0].ArrivedAt - activity.SentAt);
        }

        var (violations, ordered) = CountOutOfOrder(sent, deliveries);
        var delivery = deliveries.Values.Select(d => d[0].ArrivedAt).DefaultIfEmpty(0).ToArray();
        return new PhaseFigures(
            sent.Count, errors, inbound, reply, lag, deliveries.Count, deliveries.Values.Count(d => d[0].Card), lost, duplicates, violations, ordered,
            mine.Count(p => !p.Delivered), attempts, delivery.Min(), delivery.Max());
    }

    /// <summary>Seconds between a Stopwatch timestamp and a later one.</summary>
    public static double Seconds(long from, long to) => (to - from) / (double)Stopwatch.Frequency;

    /// <summary>
    /// Replies that reached the connector before the reply to an activity sent earlier in the same conversation
    /// (each activity was posted only after the previous one was accepted, so the bot knew their order).
    /// </summary>
    private static (int Violations, int Conversations) CountOutOfOrder(IReadOnlyList<SentActivity> sent, Dictionary<string, ConnectorPost[]> deliveries)
    {
        var violations = 0;
        var conversations = 0;
        foreach (var conversation in sent.Where(s => s.Accepted).GroupBy(s => s.Planned.ConversationId, StringComparer.Ordinal))
        {
            var arrivals = conversation.OrderBy(s => s.Order)
                .Select(s => deliveries.TryGetValue(s.Planned.Id, out var d) ? d[0].ArrivedAt : (long?)null)
                .OfType<long>()
                .ToArray();
            if (arrivals.Length < 2)
            {
                continue;
            }

            conversations++;
            for (var i = 1; i < arrivals.Length; i++)
            {
                if (arrivals[i] < arrivals[i - 1])
                {
                    violations++;
                }
            }
        }

        return (violations, conversations);
    }
}
