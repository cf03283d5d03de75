namespace ExpertBot.Expertise;

/// <summary>Something a person's work shows: a document, a post, an answer, a message, a meeting they were named in.</summary>
internal sealed record EvidenceItem
{
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
