using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Endorsements;
using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Privacy;
using Microsoft.Extensions.Options;

namespace ExpertBot.Conversation;

/// <summary>
/// Builds the answer to "who knows X?" for one viewer: the ranking without hidden people, each person's
/// endorsements on the topic, and the endorse button as that viewer should see it.
/// </summary>
internal sealed class AnswerBuilder(
    ExpertiseCatalog catalog,
    SocialLayer social,
    PreferenceStore preferences,
    IOptions<ExpertiseOptions> options)
{
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
        var matches = index.Search(topic, skip + count + hidden.Count)
            .Where(m => !hidden.Contains(m.Person.Id))
            .Skip(skip)
            .Take(count)
            .ToArray();
        var model = ExpertsAnswer.ToCardModel(topic, matches, language);

        var topicKey = TopicKeys.Normalise(topic);
        var endorsements = (await social.ForTenantAsync(tenantId, cancellationToken))
            .Where(e => e.TopicKey == topicKey && !hidden.Contains(e.EndorserId))
            .ToArray();
        var people = model.People.Select(person =>
        {
            var received = endorsements.Where(e => e.EndorseeId == person.PersonId).ToArray();
            var names = received
                .Select(e => index.FindPerson(e.EndorserId)?.DisplayName ?? e.EndorserName)
                .OfType<string>()
                .Take(3)
                .ToArray();
            var button = viewerId is null || string.Equals(viewerId, person.PersonId, StringComparison.OrdinalIgnoreCase)
                ? EndorseButton.None
                : received.Any(e => string.Equals(e.EndorserId, viewerId, StringComparison.OrdinalIgnoreCase)) ? EndorseButton.Endorsed : EndorseButton.Endorse;
            return person with { VouchCount = Math.Max(person.VouchCount, received.Length), VouchedBy = person.VouchedBy.Count > 0 ? person.VouchedBy : names, Button = button };
        }).ToArray();

        return model with { People = people };
    }
}
