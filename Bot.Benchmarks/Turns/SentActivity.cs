namespace ExpertBot.Benchmarks.Turns;

/// <summary>
/// A posted activity and how /api/messages answered it (Stopwatch timestamps). <paramref name="Status"/> is 0 when
/// the request failed without an answer.
/// </summary>
/// <param name="Order">Its place among its conversation's activities of the phase, in sending order.</param>
internal sealed record SentActivity(PlannedActivity Planned, int Order, long ScheduledAt, long SentAt, long AnsweredAt, int Status)
{
    public bool Accepted => Status is >= 200 and < 300;

    public long InboundTicks => AnsweredAt - SentAt;
}
