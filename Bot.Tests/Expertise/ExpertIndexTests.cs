using ExpertBot.Expertise;

namespace ExpertBot.Tests.Expertise;

public sealed class ExpertIndexTests
{
    private static readonly DateTimeOffset When = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static EvidenceItem Item(string id, string person, string title, string? text = null, Visibility visibility = Visibility.Organization) =>
        new() { Id = id, PersonId = person, Timestamp = When, Title = title, Text = text, Visibility = visibility };

    private static Person P(string id, string name) => new() { Id = id, DisplayName = name };

    [Fact]
    public void The_person_whose_work_matches_most_ranks_first()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("a", "Alice"), P("b", "Bob"), P("c", "Chloé")],
            [
                Item("1", "a", "Kubernetes cluster upgrade runbook"),
                Item("2", "a", "Kubernetes ingress controllers compared"),
                Item("3", "b", "Quarterly budget", "one mention of kubernetes costs"),
                Item("4", "c", "Droit du travail : le temps partiel"),
            ],
            []));

        var results = index.Search("kubernetes");

        Assert.Equal(["Alice", "Bob"], results.Select(r => r.Person.DisplayName));
    }

    [Fact]
    public void People_with_no_evidence_for_the_topic_are_never_listed()
    {
        var index = ExpertIndex.Build(new Organisation([P("a", "Alice"), P("b", "Bob")], [Item("1", "a", "Terraform modules")], []));
        Assert.Empty(index.Search("kubernetes"));
    }

    [Fact]
    public void Private_items_are_never_shown_and_never_make_a_match()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("a", "Alice"), P("b", "Bob")],
            [
                Item("1", "a", "Kubernetes salary review", visibility: Visibility.Private),
                Item("2", "b", "Kubernetes networking guide"),
                Item("3", "b", "Kubernetes confidential plan", visibility: Visibility.Private),
            ],
            []));

        var results = index.Search("kubernetes");

        var only = Assert.Single(results);
        Assert.Equal("Bob", only.Person.DisplayName);
        Assert.All(only.Evidence, e => Assert.Equal(Visibility.Organization, e.Item.Visibility));
    }

    [Fact]
    public void Accents_and_case_do_not_matter()
    {
        var index = ExpertIndex.Build(new Organisation([P("c", "Chloé")], [Item("1", "c", "Réforme du DROIT du travail")], []));
        Assert.Single(index.Search("droit du travail"));
        Assert.Single(index.Search("reforme"));
    }
}
