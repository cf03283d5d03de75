using Azure;
using ExpertBot.Localization;

namespace ExpertBot.Routing;

/// <summary>
/// A question routed to experts, as stored: who asks (and how to write back to them), what, the people still to
/// ask in order, the people asked and how each answered, and who accepted. Every change is an ETag-guarded
/// replacement of the whole record, so two experts accepting at the same moment cannot both win.
/// </summary>
internal sealed record RoutedQuestion
{
    public required string TenantId { get; init; }
    public required string Id { get; init; }
    public required string AskerId { get; init; }
    public required string AskerName { get; init; }
    public string? AskerUpn { get; init; }
    public required Language AskerLanguage { get; init; }

    /// <summary>Where the asker is written to: their personal conversation, or one created for them with their 29: id.</summary>
    public required string ServiceUrl { get; init; }
    public required string BotId { get; init; }
    public string? AskerUserId { get; init; }
    public string? AskerConversationId { get; init; }

    public required string Topic { get; init; }
    public required string TopicKey { get; init; }
    public required string Question { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    public QuestionState State { get; init; } = QuestionState.Open;

    /// <summary>People still to ask, best first (the search's order).</summary>
    public IReadOnlyList<RoutedCandidate> Candidates { get; init; } = [];

    public IReadOnlyList<RoutedAsk> Asks { get; init; } = [];

    public string? AcceptedBy { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
    public ThanksState Thanks { get; init; } = ThanksState.None;

    public ETag ETag { get; init; }

    public RoutedAsk? AskOf(string personId) => Asks.FirstOrDefault(a => string.Equals(a.PersonId, personId, StringComparison.OrdinalIgnoreCase));

    public int Outstanding => Asks.Count(a => a.State == AskState.Asked);

    public RoutedQuestion WithAsk(string personId, Func<RoutedAsk, RoutedAsk> change) =>
        this with { Asks = [.. Asks.Select(a => string.Equals(a.PersonId, personId, StringComparison.OrdinalIgnoreCase) ? change(a) : a)] };
}

internal enum QuestionState
{
    /// <summary>Experts are being asked.</summary>
    Open,

    /// <summary>One expert accepted and was introduced to the asker.</summary>
    Taken,

    /// <summary>Nobody left to ask: the asker was told (an asked expert may still accept late).</summary>
    Exhausted,
}

internal enum ThanksState
{
    None,
    Asked,
    Yes,
    No,
}
