namespace ExpertBot.Expertise;

/// <summary>
/// How an item's BM25 score grows with the times it names a word (<paramref name="TermSaturation"/>, k1) and how
/// much its length discounts it (<paramref name="LengthNormalisation"/>, b).
/// </summary>
internal readonly record struct Bm25Parameters(double TermSaturation, double LengthNormalisation)
{
    /// <summary>The usual values (k1 1.2, b 0.75), the plain BM25 baseline's.</summary>
    public static Bm25Parameters Textbook { get; } = new(1.2, 0.75);
}
