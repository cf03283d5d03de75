namespace ExpertBot.Demo;

/// <summary>What a planned person does on one topic; the kind decides how much evidence they leave and their relevance grade.</summary>
internal readonly record struct TopicWork(int Topic, WorkKind Kind)
{
    public int Grade => Kind switch
    {
        WorkKind.Expert => 2,
        WorkKind.Competent or WorkKind.OldExpert or WorkKind.Riser => 1,
        _ => 0,
    };
}
