using ExpertBot.Expertise;
using Microsoft.Extensions.Options;

namespace ExpertBot.Endorsements;

/// <summary>The rules of endorsing: no self-endorsement, a known endorsee, a weekly budget, one per topic, counted at once.</summary>
internal sealed class EndorsementService(
    EndorsementStore store,
    SocialLayer social,
    EndorsementNotifier notifier,
    TimeProvider time,
    IOptions<EndorsementOptions> options)
{
    public async Task<EndorseOutcome> EndorseAsync(string tenantId, string endorserId, string endorserName, string endorseeId, string topic, CancellationToken cancellationToken = default)
    {
        var topicKey = TopicLexicon.Curated.Normalise(topic);
        var outcome = await store.EndorseAsync(tenantId, endorserId, endorseeId, topicKey, topic, options.Value.WeeklyBudget, endorserName, cancellationToken);
        if (outcome is EndorseOutcome.Endorsed or EndorseOutcome.AlreadyEndorsed)
        {
            social.Added(new EndorsementRecord(tenantId, endorserId, endorseeId, topicKey, topic, time.GetUtcNow(), endorserName));
        }

        if (outcome == EndorseOutcome.Endorsed)
        {
            notifier.Enqueue(new EndorsementNotice(tenantId, endorseeId, endorserName, topic));
        }

        return outcome;
    }

    public async Task<bool> WithdrawAsync(string tenantId, string endorserId, string endorseeId, string topic, CancellationToken cancellationToken = default)
    {
        var topicKey = TopicLexicon.Curated.Normalise(topic);
        var withdrawn = await store.WithdrawAsync(tenantId, endorserId, endorseeId, topicKey, cancellationToken);
        social.Removed(tenantId, endorserId, endorseeId, topicKey);
        return withdrawn;
    }
}
