namespace ExpertBot.Expertise;

/// <summary>Something a person's work shows: a document, a post, an answer, a message, a meeting they were named in.</summary>
internal sealed record EvidenceItem
{
    private const int ExcerptLength = 90;
    private const int ExcerptRead = 400;

    public required string Id { get; init; }
    public required string PersonId { get; init; }
    public required DateTimeOffset Timestamp { get; init; }
    public string Kind { get; init; } = EvidenceKinds.Document;
    public string? Title { get; init; }
    public string? Text { get; init; }
    public string? Url { get; init; }
    public Visibility Visibility { get; init; } = Visibility.Organization;

    /// <summary>Where the item came from (a team, a site, a snapshot); kept so that what is shown can be traced.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// What a card shows of an item that has no title: its text on one line, cut at about 90 characters with "…";
    /// null when it has no text. The index keeps only this of such an item; cutting it again changes nothing.
    /// </summary>
    public static string? Excerpt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A cut of what cannot all be shown, so that a long text is not split into lines only to be dropped.
        var head = text.Length <= ExcerptRead ? text : text[..ExcerptRead];
        var flat = string.Join(' ', head.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ExcerptLength ? flat : flat[..(ExcerptLength - 3)].TrimEnd() + "…";
    }
}

internal enum Visibility
{
    /// <summary>The whole organisation may see it: it can be shown as evidence.</summary>
    Organization,

    /// <summary>Never shown to anyone, in any card, explanation or digest.</summary>
    Private,
}

internal static class EvidenceKinds
{
    public const string Document = "document";
    public const string Message = "message";
    public const string Meeting = "meeting";
    public const string Post = "post";
    public const string Answer = "answer";
    public const string Question = "question";
    public const string Comment = "comment";
}
