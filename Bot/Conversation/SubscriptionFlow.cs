using ExpertBot.Digest;
using ExpertBot.Localization;
using ExpertBot.Privacy;
using ExpertBot.Teams;

namespace ExpertBot.Conversation;

/// <summary>
/// subscribe / unsubscribe / my subscriptions. In a 1:1 chat the person subscribes; in a channel or group
/// chat the conversation does, and the digest is posted there. The reference to write back later is kept
/// from this (authenticated) activity.
/// </summary>
internal sealed class SubscriptionFlow(SubscriptionStore store, PreferenceStore preferences)
{
    public async Task<Reply> AnswerAsync(Turn turn, Intent intent, CancellationToken cancellationToken = default) =>
        new Reply.Text(await HandleAsync(turn, intent, cancellationToken));

    private async Task<string> HandleAsync(Turn turn, Intent intent, CancellationToken cancellationToken)
    {
        var (activity, language, texts) = (turn.Activity, turn.Language, turn.Texts);
        if (ConversationReference.From(activity) is not { } reference || KeyOf(reference) is not { } key)
        {
            return texts["NoIdentity"];
        }

        if (intent is Intent.Subscribe && reference.UserAadObjectId is { Length: > 0 } person
            && (await preferences.GetAsync(reference.TenantId, person, cancellationToken)).Forgotten)
        {
            // A subscription records who asked (and where to write to them): "forget me" rules that out.
            return texts["SubscribeForgotten"];
        }

        var existing = await store.GetAsync(reference.TenantId, key, cancellationToken);
        switch (intent)
        {
            case Intent.Subscribe subscribe:
                var topics = existing is { Topics.Count: > 0 } && subscribe.Topics.Count > 0
                    ? [.. existing.Topics.Concat(subscribe.Topics).DistinctBy(Expertise.TopicLexicon.Curated.Normalise)]
                    : subscribe.Topics;
                await store.SaveAsync(new Subscription(
                    reference.TenantId, key, IsPersonal(reference) ? reference.UserAadObjectId : null, topics,
                    language == Language.French ? "fr" : "en", reference.ServiceUrl, reference.BotId, ChannelConversation(reference.ConversationId),
                    reference.ConversationType, reference.UserId), cancellationToken);
                return (IsPersonal(reference), topics.Count > 0) switch
                {
                    (true, true) => texts.Format("SubscribedTopics", string.Join(", ", topics)),
                    (true, false) => texts["SubscribedOwn"],
                    (false, true) => texts.Format("SubscribedChannelTopics", string.Join(", ", topics)),
                    _ => texts["SubscribedChannelAll"],
                };
            case Intent.Unsubscribe unsubscribe when existing is null:
                return texts["NotSubscribed"];
            case Intent.Unsubscribe unsubscribe:
                var removed = unsubscribe.Topics.Select(Expertise.TopicLexicon.Curated.Normalise).ToHashSet(StringComparer.Ordinal);
                var left = existing.Topics.Where(t => !removed.Contains(Expertise.TopicLexicon.Curated.Normalise(t))).ToArray();
                if (unsubscribe.Topics.Count == 0 || left.Length == 0)
                {
                    await store.DeleteAsync(reference.TenantId, key, cancellationToken);
                    return texts["Unsubscribed"];
                }

                await store.SaveAsync(existing with { Topics = left, Active = true }, cancellationToken);
                return texts.Format("UnsubscribedTopics", string.Join(", ", unsubscribe.Topics));
            default:
                return existing is null ? texts["NotSubscribed"]
                    : existing.Topics.Count > 0 ? texts.Format("MySubscriptionsTopics", string.Join(", ", existing.Topics))
                    : texts["MySubscriptionsOwn"];
        }
    }

    private static bool IsPersonal(ConversationReference reference) => reference.ConversationType is null or "personal";

    private static string? KeyOf(ConversationReference reference) =>
        IsPersonal(reference)
            ? reference.UserAadObjectId is { Length: > 0 } user ? Subscription.PersonKey(user) : null
            : Subscription.ConversationKey(ChannelConversation(reference.ConversationId));

    /// <summary>A channel message's conversation id names the thread ("…;messageid=…"); the digest goes to the channel itself.</summary>
    private static string ChannelConversation(string conversationId) =>
        conversationId.Split(";messageid=", 2, StringSplitOptions.None)[0];
}
