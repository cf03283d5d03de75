namespace ExpertBot.Expertise;

/// <summary>A topic a person's evidence supports ("my expertise"): its display name, lexicon key and score.</summary>
internal sealed record PersonTopic(string Topic, double Score)
{
    public string Key { get; init; } = string.Empty;
}
