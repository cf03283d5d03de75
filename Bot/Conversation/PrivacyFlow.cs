using ExpertBot.Endorsements;
using ExpertBot.Localization;
using ExpertBot.Privacy;
using ExpertBot.Storage;

namespace ExpertBot.Conversation;

/// <summary>hide me / show me / forget me / endorsement notices: a person's say over what ExpertBot does with them.</summary>
internal sealed class PrivacyFlow(
    PreferenceStore preferences,
    EndorsementStore endorsements,
    SocialLayer social,
    ConversationReferenceStore conversations,
    IEnumerable<IPersonDataEraser> erasers)
{
    public async Task<Reply> ChangeAsync(Turn turn, PreferenceChange change, CancellationToken cancellationToken = default)
    {
        var (tenantId, personId, texts) = (turn.TenantId!, turn.ViewerId!, turn.Texts);
        await preferences.UpdateAsync(tenantId, personId, p => change switch
        {
            PreferenceChange.StopNotices => p with { NoEndorsementNotices = true },
            PreferenceChange.StartNotices => p with { NoEndorsementNotices = false },
            PreferenceChange.HideMe => p with { Hidden = true },
            PreferenceChange.ShowMe => p with { Hidden = false, Forgotten = false },
            PreferenceChange.DontFeatureMe => p with { NotFeatured = true },
            PreferenceChange.FeatureMe => p with { NotFeatured = false },
            PreferenceChange.StopQuestions => p with { NoRoutedQuestions = true },
            PreferenceChange.StartQuestions => p with { NoRoutedQuestions = false },
            _ => p,
        }, cancellationToken);
        return new Reply.Text(change switch
        {
            PreferenceChange.StopNotices => texts["NoticesStopped"],
            PreferenceChange.StartNotices => texts["NoticesStarted"],
            PreferenceChange.HideMe => texts["HiddenNow"],
            PreferenceChange.DontFeatureMe => texts["NotFeaturedNow"],
            PreferenceChange.FeatureMe => texts["FeaturedNow"],
            PreferenceChange.StopQuestions => texts["QuestionsStopped"],
            PreferenceChange.StartQuestions => texts["QuestionsStarted"],
            _ => texts["ShownNow"],
        });
    }

    /// <summary>Deletes what ExpertBot stored about the person and keeps only the fact that they opted out.</summary>
    public async Task<Reply> ForgetAsync(Turn turn, CancellationToken cancellationToken = default)
    {
        var (tenantId, personId) = (turn.TenantId!, turn.ViewerId!);
        // The opt-out is written first: if deletion is interrupted, the person is already excluded everywhere.
        await preferences.UpdateAsync(tenantId, personId, _ => new PersonPreferences(Forgotten: true), cancellationToken);
        var endorsementsDeleted = await endorsements.ForgetAsync(tenantId, personId, cancellationToken);
        social.Invalidate(tenantId);
        var conversationsDeleted = await conversations.ForgetPersonAsync(tenantId, personId, cancellationToken);
        var others = 0;
        foreach (var eraser in erasers)
        {
            others += await eraser.EraseAsync(tenantId, personId, cancellationToken);
        }

        return new Reply.Text(turn.Texts.Format("Forgotten", endorsementsDeleted, conversationsDeleted, others));
    }
}
