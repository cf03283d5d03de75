using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Endorsements;
using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Privacy;
using ExpertBot.Routing;
using Microsoft.Extensions.Options;

namespace ExpertBot.Conversation;

/// <summary>
/// Builds the answer to "who knows X?" for one viewer: the ranking with the endorsements given in Teams and
/// without hidden people, the thanks each person received on the topic (shown, and weighed by the ranking), the
/// endorse button as that viewer should see it, and whether "Ask them" is offered.
/// </summary>
internal sealed class AnswerBuilder(
    ExpertiseCatalog catalog,
    SocialLayer social,
    PreferenceStore preferences,
    ThanksStore thanks,
    TimeProvider time,
    IOptions<ExpertiseOptions> options,
    IOptions<RoutingOptions> routing)
{
    /// <summary>"who knows X?": the card of the people the viewer may see, or "not ready" while the index loads.</summary>
    public async Task<Reply> AnswerAsync(Turn turn, Intent.FindExperts find, CancellationToken cancellationToken = default) =>
        await ExpertsCardAsync(turn.TenantId ?? string.Empty, turn.ViewerId, find.Topic, turn.Language, cancellationToken) is { } card
            ? new Reply.Card(card, turn.Texts.Format("ResultsTitle", find.Topic))
            : new Reply.Text(turn.Texts["NotReady"]);

    public async Task<JsonObject?> ExpertsCardAsync(string tenantId, string? viewerId, string topic, Language language, CancellationToken cancellationToken = default) =>
        await ExpertsAsync(tenantId, viewerId, topic, language, 0, options.Value.PeoplePerCard, cancellationToken) is { } model
            ? ExpertsCard.Build(model)
            : null;

    /// <summary>The people for a topic as a viewer sees them, from position <paramref name="skip"/>; null when no index is ready.</summary>
    public async Task<ExpertsCardModel?> ExpertsAsync(string tenantId, string? viewerId, string topic, Language language, int skip, int count, CancellationToken cancellationToken = default)
    {
        if (catalog.For(tenantId) is not { } index)
        {
            return null;
        }

        var hidden = await preferences.UnfindableAsync(tenantId, cancellationToken);
        var records = await social.ForTenantAsync(tenantId, cancellationToken);
        var graph = await social.GraphAsync(tenantId, index, cancellationToken);
        var corrected = index.CorrectSpelling(topic);
        var topicKey = TopicLexicon.Curated.Normalise(topic);
        var helped = await thanks.CountsAsync(tenantId, topicKey, cancellationToken);
        var matches = index.Search(new ExpertQuery(topic, time.GetUtcNow(), skip + count, graph, hidden) { Thanked = helped }).Skip(skip).Take(count).ToArray();

        var model = ExpertsAnswer.ToCardModel(corrected ?? topic, matches, language, EndorserNames.For(index, records, hidden)) with
        {
            AskedAs = corrected is null ? null : topic,
        };

        var people = model.People.Select(person =>
        {
            var button = viewerId is null || string.Equals(viewerId, person.PersonId, StringComparison.OrdinalIgnoreCase)
                ? EndorseButton.None
                : records.Any(r => r.TopicKey == topicKey && string.Equals(r.EndorserId, viewerId, StringComparison.OrdinalIgnoreCase) && r.EndorseeId == person.PersonId)
                    ? EndorseButton.Endorsed
                    : EndorseButton.Endorse;
            return person with { Button = button, HelpedCount = helped.GetValueOrDefault(person.PersonId) };
        }).ToArray();

        var canAsk = routing.Value.Enabled && viewerId is not null && tenantId.Length > 0
            && people.Any(p => !string.Equals(p.PersonId, viewerId, StringComparison.OrdinalIgnoreCase));
        return model with { People = people, CanAsk = canAsk };
    }
}
