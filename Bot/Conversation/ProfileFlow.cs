using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Endorsements;
using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Privacy;

namespace ExpertBot.Conversation;

/// <summary>"my expertise": a person's own profile as colleagues see it — the topics they rank for, with the evidence.</summary>
internal sealed class ProfileFlow(
    ExpertiseCatalog catalog,
    SocialLayer social,
    PreferenceStore preferences,
    TimeProvider time)
{
    private const int TopicsShown = 5;

    /// <summary>"my expertise": the profile card of the person asking, or the reason it cannot be shown.</summary>
    public async Task<Reply> AnswerAsync(Turn turn, CancellationToken cancellationToken = default)
    {
        var (tenantId, personId, language, texts) = (turn.TenantId!, turn.ViewerId!, turn.Language, turn.Texts);
        if (catalog.For(tenantId) is not { } index)
        {
            return new Reply.Text(texts["NotReady"]);
        }

        if (index.FindPerson(personId) is not { } person)
        {
            return new Reply.Text(texts["MyExpertiseNotFound"]);
        }

        var now = time.GetUtcNow();
        var hidden = await preferences.UnfindableAsync(tenantId, cancellationToken);
        var records = await social.ForTenantAsync(tenantId, cancellationToken);
        var graph = await social.GraphAsync(tenantId, index, cancellationToken);
        var nameOf = EndorserNames.For(index, records, hidden);

        var topics = new List<ProfileTopic>();
        foreach (var topic in index.TopicsFor(personId, now, TopicsShown, language))
        {
            // The same search colleagues run, so the evidence shown is exactly what they would see.
            var match = index.Search(new ExpertQuery(topic.Topic, now, index.PeopleCount, graph)).FirstOrDefault(m => m.Person.Id == personId);
            if (match is null)
            {
                continue;
            }

            var card = ExpertsAnswer.ToCardModel(topic.Topic, [match], language, nameOf).People[0];
            topics.Add(new ProfileTopic(topic.Topic, card.Says, card.Shows, card.VouchCount, card.VouchedBy));
        }

        var endorsedBy = graph.Endorsements()
            .Where(e => e.EndorseeId == personId)
            .Select(e => nameOf(e.EndorserId))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var self = await preferences.GetAsync(tenantId, personId, cancellationToken);
        return new Reply.Card(ProfileCard.Build(new ProfileCardModel(person.DisplayName, !self.Findable, topics, endorsedBy, language)), texts["MyExpertiseTitle"]);
    }
}
