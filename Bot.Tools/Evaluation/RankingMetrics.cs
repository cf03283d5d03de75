namespace ExpertBot.Evaluation;

/// <summary>One query's ranking quality: graded NDCG@10, average precision, reciprocal rank, precision at 5.</summary>
internal readonly record struct RankingMetrics(double Ndcg, double AveragePrecision, double ReciprocalRank, double PrecisionAt5)
{
    public const int Depth = 10;

    /// <summary>
    /// NDCG@10 with gain 2^grade − 1; average precision in the standard definition: the precision at each
    /// relevant person found, summed, divided by the number of relevant people (those never found add zero);
    /// reciprocal rank of the first relevant person; precision at 5. Grade &gt; 0 is relevant.
    /// </summary>
    public static RankingMetrics Measure(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant)
    {
        double dcg = 0, hits = 0, precisionSum = 0, reciprocal = 0, top5 = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            var grade = relevant.GetValueOrDefault(ranked[i]);
            if (grade <= 0)
            {
                continue;
            }

            if (i < Depth)
            {
                dcg += (Math.Pow(2, grade) - 1) / Math.Log2(i + 2);
            }

            hits++;
            precisionSum += hits / (i + 1);
            reciprocal = reciprocal == 0 ? 1.0 / (i + 1) : reciprocal;
            top5 += i < 5 ? 1 : 0;
        }

        var ideal = relevant.Values.Where(g => g > 0).OrderByDescending(g => g).Take(Depth).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        var relevantCount = relevant.Values.Count(g => g > 0);
        return new RankingMetrics(
            ideal > 0 ? dcg / ideal : 0,
            relevantCount > 0 ? precisionSum / relevantCount : 0,
            reciprocal,
            top5 / 5);
    }
}
