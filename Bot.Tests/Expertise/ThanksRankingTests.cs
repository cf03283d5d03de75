using ExpertBot.Expertise;

namespace ExpertBot.Tests.Expertise;

/// <summary>Thanks from routed questions: a bounded lift on what a person's own work shows, and nothing without work.</summary>
public sealed class ThanksRankingTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static EvidenceItem Item(string id, string person, string title) =>
        new() { Id = id, PersonId = person, Timestamp = Now.AddDays(-30), Title = title, Kind = EvidenceKinds.Document, Visibility = Visibility.Organization };

    private static Person P(string id, string name, string[]? skills = null) => new() { Id = id, DisplayName = name, Skills = skills ?? [] };

    // Ana and Bea are equal in every way (Ana first by name); Cid only says Kubernetes; Dee's work shows it much more.
    private static readonly ExpertIndex Index = ExpertIndex.Build(new Organisation(
        [P("ana", "Ana"), P("bea", "Bea"), P("cid", "Cid", ["Kubernetes"]), P("dee", "Dee"), P("z", "Zed")],
        [
            Item("a1", "ana", "Kubernetes ingress runbook"),
            Item("b1", "bea", "Kubernetes ingress runbook"),
            Item("d1", "dee", "Kubernetes upgrade runbook"), Item("d2", "dee", "Kubernetes quotas explained"), Item("d3", "dee", "Kubernetes network policies"),
            Item("d4", "dee", "Kubernetes autoscaling notes"), Item("d5", "dee", "Kubernetes secrets rotation"),
            Item("f1", "z", "Quarterly budget review"), Item("f2", "z", "Office move checklist"), Item("f3", "z", "Travel policy update"),
        ],
        []));

    private static IReadOnlyList<ExpertMatch> Ask(IReadOnlyDictionary<string, int>? thanked, bool exhaustive = false) =>
        Index.Search(new ExpertQuery("kubernetes", Now, 10) { Thanked = thanked }, exhaustive);

    private static int Rank(IReadOnlyList<ExpertMatch> matches, string id) => matches.Select(m => m.Person.Id).ToList().IndexOf(id);

    [Fact]
    public void A_thanked_expert_ranks_above_an_otherwise_equal_one()
    {
        var without = Ask(null);
        Assert.True(Rank(without, "ana") < Rank(without, "bea"));
        Assert.Equal(without[Rank(without, "ana")].Score, without[Rank(without, "bea")].Score);

        var with = Ask(new Dictionary<string, int> { ["bea"] = 1 });

        Assert.True(Rank(with, "bea") < Rank(with, "ana"));
        Assert.True(with[Rank(with, "bea")].Score > with[Rank(with, "ana")].Score);
    }

    [Fact]
    public void Thanks_give_nothing_to_someone_whose_work_does_not_show_the_topic_and_cannot_outrank_much_stronger_work()
    {
        var without = Ask(null);
        var with = Ask(new Dictionary<string, int> { ["cid"] = 50, ["ana"] = 50 });

        var cid = Rank(without, "cid");
        Assert.Equal(cid < 0 ? -1 : without[cid].Score, Rank(with, "cid") < 0 ? -1 : with[Rank(with, "cid")].Score);
        Assert.Equal("dee", with[0].Person.Id);
        // Bounded: fifty thanks lift Ana by at most 30 %.
        Assert.True(with[Rank(with, "ana")].Parts.Shows <= 1.3 * without[Rank(without, "ana")].Parts.Shows + 1e-9);
    }

    [Fact]
    public void The_fast_path_equals_exhaustive_scoring_with_thanks()
    {
        var thanked = new Dictionary<string, int> { ["bea"] = 3, ["cid"] = 2 };

        var fast = Ask(thanked);
        var exhaustive = Ask(thanked, exhaustive: true);

        Assert.Equal(exhaustive.Select(m => (m.Person.Id, Math.Round(m.Score, 9))), fast.Select(m => (m.Person.Id, Math.Round(m.Score, 9))));
    }

    [Fact]
    public void The_lift_grows_with_thanks_and_stops_at_thirty_percent()
    {
        Assert.Equal(1, EvidenceFormula.ThanksLift(0));
        Assert.True(EvidenceFormula.ThanksLift(1) > 1);
        Assert.True(EvidenceFormula.ThanksLift(3) > EvidenceFormula.ThanksLift(1));
        Assert.Equal(1.3, EvidenceFormula.ThanksLift(1000), 9);
    }
}
