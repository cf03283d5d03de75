using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Endorsements;
using ExpertBot.Expertise;
using ExpertBot.Hosting;
using ExpertBot.Localization;
using ExpertBot.Presence;
using ExpertBot.Privacy;
using ExpertBot.Routing;
using Microsoft.Extensions.Options;

namespace ExpertBot.Conversation;

/// <summary>
/// Builds the answer to "who knows X?" for one viewer: one page of the ranking with the endorsements given in Teams
/// and without hidden people, the thanks each person received on the topic (shown, and weighed by the ranking), the
/// endorse button as that viewer should see it, avatars and availability, and whether "Ask them" is offered.
/// </summary>
internal sealed partial class AnswerBuilder(
    ExpertiseCatalog catalog,
    SocialLayer social,
    PreferenceStore preferences,
    IPresenceReader presence,
    AvatarProvider avatars,
    ThanksStore thanks,
    TimeProvider time,
    IOptions<ExpertiseOptions> options,
    IOptions<RoutingOptions> routing,
    ILogger<AnswerBuilder> logger)
{
    /// <summary>How deep "More people" goes: far down the ranking the evidence is thin, and each page searches again.</summary>
    public const int MaxPeople = 50;

    /// <summary>"who knows X?": the card of the people the viewer may see, or "not ready" while the index loads.</summary>
    public async Task<Reply> AnswerAsync(Turn turn, Intent.FindExperts find, CancellationToken cancellationToken = default) =>
        await ExpertsCardAsync(turn.TenantId ?? string.Empty, turn.ViewerId, find.Topic, turn.Language, QuestionOf(turn.Activity.Text), cancellationToken: cancellationToken) is { } card
            ? new Reply.Card(card, turn.Texts.Format("ResultsTitle", find.Topic))
            : new Reply.Text(turn.Texts["NotReady"]);

    /// <summary>The results card for the page from <paramref name="skip"/>; null while no index is ready.</summary>
    public async Task<JsonObject?> ExpertsCardAsync(
        string tenantId, string? viewerId, string topic, Language language, string? question = null, int skip = 0, string? expanded = null, CancellationToken cancellationToken = default) =>
        await PageAsync(tenantId, viewerId, topic, language, question, skip, cancellationToken) is { } model
            ? ExpertsCard.Build(model with { Expanded = expanded })
            : null;

    /// <summary>One page of the results card's model, with avatars and availability; null while no index is ready.</summary>
    public async Task<ExpertsCardModel?> PageAsync(string tenantId, string? viewerId, string topic, Language language, string? question, int skip, CancellationToken cancellationToken = default)
    {
        skip = Math.Clamp(skip, 0, MaxPeople);
        var count = Math.Min(options.Value.PeoplePerCard, MaxPeople - skip);
        // One more than the page: whether "More people" has anyone behind it, without a second search.
        if (await ExpertsAsync(tenantId, viewerId, topic, language, skip, count + 1, cancellationToken) is not { } model)
        {
            return null;
        }

        var people = await WithPresenceAsync(tenantId, [.. model.People.Take(count)], cancellationToken);
        return model with { People = people, Question = question, Skip = skip, HasMore = model.People.Count > count && skip + count < MaxPeople };
    }

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
        var query = new ExpertQuery(topic, time.GetUtcNow(), skip + count, graph, hidden) { Thanked = helped };
        var matches = index.Search(query).Skip(skip).Take(count).ToArray();

        // Nobody fits a narrower topic: its broader one is offered when it finds someone this viewer may see.
        var broader = skip == 0 && matches.Length == 0 ? index.BroaderTopic(query, language) : null;
        var model = ExpertsAnswer.ToCardModel(corrected ?? topic, matches, language, EndorserNames.For(index, records, hidden)) with
        {
            AskedAs = corrected is null ? null : topic,
            Broader = broader,
            ReadAs = matches.Length > 0 ? ExpertsAnswer.ReadAs(index.ReadingsOf(query, language)) : [],
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

    /// <summary>The question for the Chat links: what the person typed, mentions and extra spaces removed, cut short.</summary>
    public static string? QuestionOf(string? text)
    {
        var words = QuestionParser.StripMentions(text).Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : AdaptiveCard.Clip(string.Join(' ', words), ChatLink.MaxMessageLength);
    }

    private async Task<PersonCardModel[]> WithPresenceAsync(string tenantId, PersonCardModel[] people, CancellationToken cancellationToken)
    {
        if (people.Length == 0)
        {
            return people;
        }

        // One presence call for the whole page, while the avatars are read and drawn.
        var known = AvailabilityAsync(tenantId, [.. people.Select(p => p.PersonId)], cancellationToken);
        var faces = await avatars.ForCardAsync(tenantId, [.. people.Select(p => (p.PersonId, p.Name))], cancellationToken);
        var availability = await known;
        return [.. people.Select((p, i) => p with { AvatarUrl = faces[i], Availability = availability.GetValueOrDefault(p.PersonId) })];
    }

    private async Task<IReadOnlyDictionary<string, Availability>> AvailabilityAsync(string tenantId, string[] personIds, CancellationToken cancellationToken)
    {
        try
        {
            return await presence.GetAsync(tenantId, personIds, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Availability is a hint on the card: without it the card still answers the question.
            LogPresenceUnavailable(logger, ex.GetType().Name);
            return new Dictionary<string, Availability>();
        }
    }

    [LoggerMessage(EventId = EventIds.Conversation.PresenceUnavailable, Level = LogLevel.Warning, Message = "Presence could not be read ({Exception}); the card shows no availability")]
    private static partial void LogPresenceUnavailable(ILogger logger, string exception);
}
