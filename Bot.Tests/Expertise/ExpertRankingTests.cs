using ExpertBot.Expertise;

namespace ExpertBot.Tests.Expertise;

public sealed class ExpertRankingTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static EvidenceItem Item(string id, string person, string title, string kind = EvidenceKinds.Document, double yearsAgo = 0.1, Visibility visibility = Visibility.Organization) =>
        new() { Id = id, PersonId = person, Timestamp = Now.AddDays(-365.25 * yearsAgo), Title = title, Kind = kind, Visibility = visibility };

    private static Person P(string id, string name, string[]? skills = null, string? aboutMe = null) =>
        new() { Id = id, DisplayName = name, Skills = skills ?? [], AboutMe = aboutMe };

    private static Endorsement E(string from, string to, string topic) => new(from, to, topic, Now.AddDays(-10));

    private static IReadOnlyList<ExpertMatch> Ask(ExpertIndex index, string topic, int top = 5) => index.Search(new ExpertQuery(topic, Now, top));

    private static string[] Names(IReadOnlyList<ExpertMatch> matches) => [.. matches.Select(m => m.Person.DisplayName)];

    private static EvidenceItem[] Filler() =>
    [
        Item("f1", "z", "Quarterly budget review"),
        Item("f2", "z", "Office move checklist"),
        Item("f3", "z", "Travel policy update"),
    ];

    [Fact]
    public void A_self_promoter_who_claims_everything_ranks_below_a_quiet_expert()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("q", "Quiet"), P("s", "Loud", ["Kubernetes", "Terraform", "Machine learning", "GDPR", "Payroll"], "Expert in Kubernetes, AI, everything."), P("z", "Zed")],
            [Item("1", "q", "Kubernetes ingress runbook"), .. Filler()],
            []));

        var names = Names(Ask(index, "kubernetes"));

        // Declared alone, the self-promoter may trail far behind or not be listed at all, never ahead.
        Assert.Equal("Quiet", names[0]);
        Assert.DoesNotContain("Zed", names);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_document_naming_its_topic_over_and_over_counts_little_more_than_one_naming_it_once(bool textbook)
    {
        // Promotion names the topic in every sentence; a runbook names it once and is about it. With BM25's usual k1
        // the twenty mentions counted nearly three times the one (2.7); with the ranking's, less than half as much again (1.5).
        const string Buzz = "We will leverage {0} to unlock value at scale and drive transformation across the business.";
        var promotion = string.Join(' ', Enumerable.Range(0, 20).Select(_ => string.Format(System.Globalization.CultureInfo.InvariantCulture, Buzz, "FinOps")));
        var runbook = "FinOps runbook. " + string.Join(' ', Enumerable.Range(0, 19).Select(_ => string.Format(System.Globalization.CultureInfo.InvariantCulture, Buzz, "the reservation")));
        var settings = textbook ? ExpertiseSettings.Default with { TermSaturation = Bm25Parameters.Textbook.TermSaturation } : ExpertiseSettings.Default;
        var index = ExpertIndex.Build(
            new Organisation(
                [P("p", "Promoter"), P("w", "Worker"), P("z", "Zed")],
                [
                    new() { Id = "1", PersonId = "p", Timestamp = Now, Title = "Strategy vision", Text = promotion },
                    new() { Id = "2", PersonId = "w", Timestamp = Now, Title = "Cost notes", Text = runbook },
                    .. Filler(),
                ],
                []),
            settings);

        var scores = Ask(index, "FinOps").ToDictionary(m => m.Person.DisplayName, m => m.Score);

        var ratio = scores["Promoter"] / scores["Worker"];
        Assert.True(textbook ? ratio > 2.4 : ratio < 1.6, $"twenty mentions against one: {ratio:0.00}");
    }

    [Fact]
    public void A_ring_endorsing_itself_ranks_below_a_person_endorsed_by_colleagues_who_know_the_topic()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("g", "Genuine"), P("k1", "Knower1"), P("k2", "Knower2"), P("r1", "Ring1"), P("r2", "Ring2"), P("r3", "Ring3"), P("z", "Zed")],
            [
                Item("1", "g", "Kubernetes upgrade notes"),
                Item("2", "k1", "Kubernetes network policies"),
                Item("3", "k2", "Kubernetes quotas explained"),
                .. Filler(),
            ],
            [
                E("k1", "g", "Kubernetes"), E("k2", "g", "k8s"),
                E("r1", "r2", "Kubernetes"), E("r2", "r1", "Kubernetes"), E("r1", "r3", "Kubernetes"),
                E("r3", "r1", "Kubernetes"), E("r2", "r3", "Kubernetes"), E("r3", "r2", "Kubernetes"),
            ]));

        var names = Names(Ask(index, "Kubernetes", 10));

        Assert.Equal("Genuine", names[0]);
        Assert.All(["Ring1", "Ring2", "Ring3"], ring => Assert.True(Array.IndexOf(names, ring) is -1 or > 2));
    }

    [Fact]
    public void A_reciprocal_pair_counts_less_than_one_way_endorsements()
    {
        var lexicon = TopicLexicon.Curated;
        var oneWay = SocialGraph.Build([E("a", "b", "GDPR")], lexicon);
        var pair = SocialGraph.Build([E("a", "b", "GDPR"), E("b", "a", "GDPR")], lexicon);

        Assert.Equal(1.0, Assert.Single(oneWay.For("data protection", "b")).Discount);
        Assert.True(Assert.Single(pair.For("data protection", "b")).Discount <= 0.5);
    }

    [Fact]
    public void Nobody_can_endorse_themselves()
    {
        var graph = SocialGraph.Build([E("a", "a", "Kubernetes")], TopicLexicon.Curated);
        Assert.Equal(0, graph.Count);
        Assert.Empty(graph.For("kubernetes", "a"));
    }

    [Fact]
    public void A_French_question_finds_an_English_writer_and_the_other_way_round()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("e", "English"), P("f", "French"), P("z", "Zed")],
            [Item("1", "e", "Machine learning model evaluation"), Item("2", "f", "Réforme du droit du travail et temps partiel"), .. Filler()],
            []));

        Assert.Equal(["English"], Names(Ask(index, "apprentissage automatique")));
        Assert.Equal(["French"], Names(Ask(index, "employment law")));
    }

    [Fact]
    public void K8s_finds_the_Kubernetes_expert_and_ML_finds_machine_learning()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("k", "Kube"), P("m", "Learner"), P("z", "Zed")],
            [Item("1", "k", "Kubernetes cluster upgrade"), Item("2", "m", "Machine learning for churn"), .. Filler()],
            []));

        Assert.Equal(["Kube"], Names(Ask(index, "k8s")));
        Assert.Equal(["Kube"], Names(Ask(index, "container orchestration")));
        Assert.Equal(["Learner"], Names(Ask(index, "ML")));
    }

    [Fact]
    public void Acronyms_are_learned_from_the_organisations_own_text()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("a", "Author"), P("z", "Zed")],
            [Item("1", "a", "Why we adopted Zero Trust Network Access (ZTNA)"), Item("2", "a", "Zero trust network access rollout"), .. Filler()],
            []));

        Assert.Equal("zero trust network access", index.Lexicon.Normalise("ZTNA"));
        Assert.Equal(["Author"], Names(Ask(index, "ZTNA")));
    }

    [Fact]
    public void A_manager_named_in_meeting_titles_ranks_below_the_author_of_the_work()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("a", "Author"), P("m", "Manager", ["Kubernetes"]), P("z", "Zed")],
            [
                Item("1", "a", "Kubernetes autoscaling design"),
                Item("2", "m", "Weekly sync: Kubernetes roadmap", EvidenceKinds.Meeting),
                Item("3", "m", "Quarterly planning: Kubernetes", EvidenceKinds.Meeting),
                Item("4", "m", "Kubernetes steering meeting", EvidenceKinds.Meeting),
                .. Filler(),
            ],
            []));

        Assert.Equal("Author", Names(Ask(index, "kubernetes"))[0]);
    }

    [Fact]
    public void A_busy_answerer_on_other_topics_ranks_below_the_author_of_the_work()
    {
        var busy = Enumerable.Range(0, 30).Select(i => Item($"b{i}", "b", $"Expense report question {i}", EvidenceKinds.Answer, yearsAgo: 0.01));
        var index = ExpertIndex.Build(new Organisation(
            [P("a", "Author"), P("b", "Busy"), P("z", "Zed")],
            [
                Item("1", "a", "Kubernetes autoscaling design"),
                Item("2", "a", "Kubernetes ingress runbook"),
                Item("3", "b", "Kubernetes question in passing", EvidenceKinds.Comment, yearsAgo: 0.01),
                .. busy,
                .. Filler(),
            ],
            []));

        // Who answers recently lifts what their work shows on the topic; it does not replace it.
        Assert.Equal("Author", Names(Ask(index, "kubernetes"))[0]);
    }

    [Fact]
    public void Recent_work_beats_equally_sized_old_work_and_old_work_is_still_found()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("o", "Old"), P("n", "New"), P("z", "Zed")],
            [Item("1", "o", "Terraform module guide", yearsAgo: 6), Item("2", "n", "Terraform module guide", yearsAgo: 0.2), .. Filler()],
            []));

        var matches = Ask(index, "terraform");

        Assert.Equal(["New", "Old"], Names(matches));
        Assert.True(matches[1].Score >= matches[0].Score * 0.25);
    }

    [Fact]
    public void Private_items_are_never_shown_nor_counted()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("a", "Alice"), P("b", "Bob"), P("z", "Zed")],
            [
                Item("1", "a", "Kubernetes secret plan", visibility: Visibility.Private),
                Item("2", "a", "Kubernetes private notes", visibility: Visibility.Private),
                Item("3", "b", "Kubernetes networking guide"),
                .. Filler(),
            ],
            []));

        var only = Assert.Single(Ask(index, "kubernetes"));
        Assert.Equal("Bob", only.Person.DisplayName);
        Assert.All(only.Evidence, e => Assert.Equal(Visibility.Organization, e.Item.Visibility));
    }

    [Fact]
    public void Nobody_without_evidence_for_the_topic_is_listed_and_excluded_people_never_are()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("a", "Alice"), P("b", "Bob"), P("z", "Zed")],
            [Item("1", "a", "Terraform modules"), Item("2", "b", "Terraform state"), .. Filler()],
            []));

        Assert.Empty(Ask(index, "kubernetes"));
        Assert.Equal(["Bob"], Names(index.Search(new ExpertQuery("terraform", Now, 5, Excluded: new HashSet<string> { "a" }))));
    }

    [Fact]
    public void The_explanation_keeps_says_shows_and_vouched_apart()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("a", "Alice", ["Kubernetes", "Cooking"]), P("b", "Bob"), P("c", "Carol"), P("z", "Zed")],
            [
                Item("1", "a", "Kubernetes ingress runbook"),
                Item("2", "a", "Kubernetes draft", visibility: Visibility.Private),
                Item("3", "b", "Kubernetes quotas"),
                .. Filler(),
            ],
            [E("b", "a", "k8s"), E("c", "a", "Kubernetes"), E("a", "a", "Kubernetes")]));

        var alice = Ask(index, "Kubernetes").Single(m => m.Person.Id == "a");

        Assert.Equal(["Kubernetes"], alice.Says);
        Assert.Equal("Kubernetes ingress runbook", Assert.Single(alice.Evidence).Item.Title);
        Assert.Equal(2, alice.Vouched.Count);
        Assert.Equal("b", alice.Vouched.TopEndorserIds[0]);
        Assert.True(alice.Parts.Shows > 0 && alice.Parts.Says > 0 && alice.Parts.Vouch > 0);
    }

    [Fact]
    public void A_new_endorsement_counts_through_a_rebuilt_social_graph_without_rebuilding_the_index()
    {
        var organisation = new Organisation([P("a", "Alice"), P("b", "Bob"), P("z", "Zed")], [Item("1", "a", "GDPR audit"), Item("2", "b", "GDPR audit"), .. Filler()], []);
        var index = ExpertIndex.Build(organisation);
        var social = SocialGraph.Build([E("a", "b", "RGPD")], index.Lexicon);

        var matches = index.Search(new ExpertQuery("GDPR", Now, 5, social));

        Assert.Equal("Bob", matches[0].Person.DisplayName);
    }

    [Fact]
    public void Topics_are_normalised_across_aliases_and_languages_and_people_are_found_by_name()
    {
        var index = ExpertIndex.Build(new Organisation([P("a", "Alice Martin"), P("c", "Chloé Dupont")], [Item("1", "a", "Kubernetes upgrade")], []));

        Assert.Equal("kubernetes", index.Lexicon.Normalise("k8s"));
        Assert.Equal("kubernetes", index.Lexicon.Normalise("orchestration de conteneurs"));
        Assert.Equal("Apprentissage automatique", index.Lexicon.DisplayName(index.Lexicon.Normalise("ML"), ExpertBot.Localization.Language.French));
        Assert.Equal("a", Assert.Single(index.FindPeopleByName("alice MARTIN")).Id);
        Assert.Equal("c", Assert.Single(index.FindPeopleByName("Chloe Dupont")).Id);
        Assert.Equal("Alice Martin", index.FindPerson("a")?.DisplayName);
        Assert.Equal("Kubernetes", index.TopicsFor("a", Now, 3)[0].Topic);
    }
}
