using ExpertBot.Evaluation;
using ExpertBot.Expertise;

namespace ExpertBot.Tests.Evaluation;

public sealed class EvaluationMeasuresTests
{
    private static readonly DateTimeOffset Cut = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Average_precision_divides_by_every_relevant_person_even_those_never_found()
    {
        var relevant = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1, ["c"] = 1, ["d"] = 1 };

        var metrics = RankingMetrics.Measure(["a", "x", "b"], relevant);

        // Precision 1/1 at a and 2/3 at b, over four relevant people (c and d are never found).
        Assert.Equal((1.0 + (2.0 / 3)) / 4, metrics.AveragePrecision, 9);
        Assert.Equal(1.0, metrics.ReciprocalRank);
        Assert.Equal(2.0 / 5, metrics.PrecisionAt5, 9);
    }

    [Fact]
    public void The_popularity_control_counts_answers_given_before_the_cut_off_only()
    {
        static EvidenceItem Answer(string id, string person, DateTimeOffset when) =>
            new() { Id = id, PersonId = person, Timestamp = when, Kind = EvidenceKinds.Answer, Title = "t" };

        var organisation = new Organisation(
            [new Person { Id = "early", DisplayName = "Early" }, new Person { Id = "late", DisplayName = "Late" }],
            [
                Answer("1", "early", Cut.AddDays(-3)),
                Answer("2", "late", Cut.AddDays(-2)),
                Answer("3", "late", Cut.AddDays(5)),
                Answer("4", "late", Cut.AddDays(6)),
            ],
            []);

        Assert.Equal(["early", "late"], PopularityRanking.Rank(organisation, Cut, 10));
        Assert.Equal(["late", "early"], PopularityRanking.Rank(organisation, Cut.AddDays(10), 10));
    }

    [Theory]
    [InlineData("kubernets", "kubernetes", 1)]
    [InlineData("kafak", "kafka", 1)]
    [InlineData("kuberentes", "kubernetes", 1)]
    [InlineData("terraform", "terraform", 0)]
    [InlineData("postgres", "kubernetes", 3)]
    public void Spelling_distance_counts_insertions_deletions_substitutions_and_transpositions(string a, string b, int expected) =>
        Assert.Equal(expected, Spelling.Distance(a, b, 2));
}
