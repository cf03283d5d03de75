namespace ExpertBot.CompanySim.Text;

/// <summary>The kinds of work item, and the length of text each usually has.</summary>
internal static class ItemKinds
{
    public const string Document = "document";
    public const string Answer = "answer";
    public const string Question = "question";
    public const string Message = "message";
    public const string Comment = "comment";
    public const string Post = "post";
    public const string Meeting = "meeting";

    public static int TargetLength(Random random, string kind) => kind switch
    {
        Document => random.Next(1000, 2200),
        Answer => random.Next(450, 1000),
        Post => random.Next(350, 800),
        Question => random.Next(160, 400),
        Message => random.Next(150, 420),
        Comment => random.Next(120, 320),
        _ => random.Next(150, 350),
    };

    public static bool HasTitle(Random random, string kind) => kind switch
    {
        Document or Meeting => true,
        Post => random.NextDouble() < 0.6,
        Question => random.NextDouble() < 0.4,
        _ => false,
    };

    /// <summary>Picks a kind from (kind, weight) pairs.</summary>
    public static string Pick(Random random, IReadOnlyList<(string Kind, double Weight)> mix)
    {
        var x = random.NextDouble() * mix.Sum(m => m.Weight);
        foreach (var (kind, weight) in mix)
        {
            x -= weight;
            if (x < 0)
            {
                return kind;
            }
        }

        return mix[^1].Kind;
    }
}
