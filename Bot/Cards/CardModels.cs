using ExpertBot.Localization;

namespace ExpertBot.Cards;

/// <summary>What a results card shows: the topic as asked and the people recommended for it.</summary>
internal sealed record ExpertsCardModel(string Topic, IReadOnlyList<PersonCardModel> People, Language Language)
{
    /// <summary>The topic as asked when the search corrected a typo in it (Topic is then the corrected one).</summary>
    public string? AskedAs { get; init; }

    /// <summary>The question as the person typed it (mentions removed, cut short): pre-filled in each Chat link.</summary>
    public string? Question { get; init; }

    /// <summary>The rank of the first person shown, from 0: the card is one page of the ranking.</summary>
    public int Skip { get; init; }

    /// <summary>More people rank below this page: the card offers "More people".</summary>
    public bool HasMore { get; init; }

    /// <summary>The card offers "Ask them": the viewer is known and someone else on it could be asked.</summary>
    public bool CanAsk { get; init; }

    /// <summary>The person whose "Why?" section starts open (the one just endorsed, so the change is in view).</summary>
    public string? Expanded { get; init; }

    /// <summary>When nobody fits a narrower topic, its broader one that does find people (PostgreSQL → databases), offered on the card.</summary>
    public string? Broader { get; init; }

    /// <summary>For a question of several topics ("k8s and terraform"), the topics as asked; null for one topic.</summary>
    public IReadOnlyList<string>? ListedTopics { get; init; }

    /// <summary>The topics of the question the search also read as one of the organisation's own ("OIDC" as OAuth work): the card says so.</summary>
    public IReadOnlyList<ReadAsNote> ReadAs { get; init; } = [];
}

/// <summary>
/// A topic as asked and the organisation's topic the search also read it as: the one its rare word is written in
/// ("SPO": SharePoint Online), or, when <paramref name="ByClaimants"/>, the one the colleagues who list it among their
/// skills or are endorsed for it work on ("OIDC": OAuth 2.0 / OpenID Connect).
/// </summary>
internal sealed record ReadAsNote(string Asked, string ReadAs, bool ByClaimants)
{
    /// <summary>The note's sentence in the card's language; <paramref name="asText"/> makes each name safe where it is shown (escaped on a card).</summary>
    public string Sentence(Language language, Func<string, string> asText)
    {
        ArgumentNullException.ThrowIfNull(asText);
        return Texts.For(language).Format(ByClaimants ? "ReadAsClaimed" : "ReadAsWrittenIn", asText(Asked), asText(ReadAs));
    }
}

/// <summary>One recommended person and the evidence behind them, kept in its three kinds.</summary>
internal sealed record PersonCardModel(
    string PersonId,
    string Name,
    string? JobTitle,
    string? Department,
    IReadOnlyList<EvidenceLine> Shows,
    IReadOnlyList<string> Says,
    IReadOnlyList<string> VouchedBy,
    int VouchCount,
    EndorseButton Button = EndorseButton.None)
{
    /// <summary>For the Chat deep link (issue #14); null when Graph gave none: no Chat button then.</summary>
    public string? UserPrincipalName { get; init; }

    /// <summary>Their availability when known (a line such as "Out of office until 3 Dec"); null shows nothing.</summary>
    public Presence.Availability? Availability { get; init; }

    /// <summary>The avatar: a data: URI of their photo or of initials drawn like Teams does; null draws none.</summary>
    public string? AvatarUrl { get; init; }

    /// <summary>How many colleagues said this person helped them on the topic through a routed question (thanks).</summary>
    public int HelpedCount { get; init; }

    /// <summary>Of a question of several topics (<see cref="ExpertsCardModel.ListedTopics"/>), those their work shows; null for one topic.</summary>
    public IReadOnlyList<string>? ShownTopics { get; init; }
}

/// <summary>What the endorse button shows to the person viewing the card.</summary>
internal enum EndorseButton
{
    /// <summary>No button: the viewer is this person, or cannot be identified.</summary>
    None,
    Endorse,
    Endorsed,
}

/// <summary>An evidence item as a card shows it; only items the whole organisation may see get here.</summary>
internal sealed record EvidenceLine(string Title, string Kind, DateTimeOffset Date, string? Url);
