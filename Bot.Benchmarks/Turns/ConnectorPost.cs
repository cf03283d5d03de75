namespace ExpertBot.Benchmarks.Turns;

/// <summary>One request the fake connector received.</summary>
/// <param name="IsSend">POST v3/conversations/{id}/activities, the way the bot sends a reply; anything else is unexpected.</param>
/// <param name="ReplyToId">The activity the reply answers (the load test's own activity id).</param>
/// <param name="Card">Whether the reply carries an attachment (an answer card, not "still loading" text).</param>
/// <param name="ArrivedAt">Stopwatch timestamp when the request arrived.</param>
/// <param name="Status">What the fake answered: 200 delivers the reply, 503 refuses it during an outage.</param>
internal sealed record ConnectorPost(bool IsSend, string ConversationId, string? ReplyToId, bool Card, long ArrivedAt, int Status)
{
    public bool Delivered => IsSend && Status == 200;
}
