using ExpertBot.Expertise;
using static ExpertBot.Tests.Expertise.EvidenceFixture;

namespace ExpertBot.Tests.Expertise;

/// <summary>Specific before broad, several topics in one question, typos, promotional posts, vouches without work, one formula.</summary>
public sealed class QuestionsAsTypedTests
{
    [Fact]
    public void A_product_asked_by_name_counts_its_own_evidence_not_its_siblings()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("p", "Postgres person"), P("s", "SQL Server person"), P("z", "Zed")],
            [
                Item("1", "p", "PostgreSQL vacuum tuning guide"),
                Item("2", "s", "SQL Server index maintenance plan"),
                Item("3", "s", "SQL Server Always On failover runbook"),
                .. Filler(),
            ],
            []));

        Assert.Equal(["Postgres person"], Ask(index, "PostgreSQL"));
        Assert.Equal(["Postgres person"], Ask(index, "postgres"));
        Assert.Equal(["SQL Server person", "Postgres person"], Ask(index, "databases"));
    }

    [Fact]
    public void Compensation_is_answered_by_who_works_on_pay_and_benefits_not_by_who_runs_the_payslips()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("r", "Reward analyst"), P("p", "Payroll officer"), P("z", "Zed")],
            [
                Item("1", "r", "Salary bands review", text: "Compensation benchmarks for the engineering salary bands and the bonus plan."),
                Item("2", "r", "Grilles de rémunération", text: "Révision de la rémunération variable et des avantages sociaux."),
                Item("3", "p", "Payroll cut-off", text: "Payroll journal reconciled, payslips sent, salaries paid on the 25th."),
                Item("4", "p", "Clôture de la paie", text: "Fiches de paie envoyées, DSN corrigée avant l'échéance."),
                Item("5", "p", "Payroll run", text: "Payroll run checked against the general ledger."),
                .. Filler(),
            ],
            []));

        Assert.Equal(["Reward analyst"], Ask(index, "compensation"));
        Assert.Equal(["Reward analyst"], Ask(index, "rémunération"));
        Assert.Equal("Payroll officer", Ask(index, "payroll")[0]);
    }

    [Fact]
    public void A_question_in_American_spelling_finds_work_written_in_British_spelling()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("l", "Localiser"), P("b", "Labour lawyer"), P("z", "Zed")],
            [
                Item("1", "l", "Software localisation checklist", text: "Localisation of the app strings and the pseudo-localisation build."),
                Item("2", "b", "Labour law update", text: "What the new labour law changes for overtime."),
                .. Filler(),
            ],
            []));

        Assert.Equal(["Localiser"], Ask(index, "who can help me with localization?"));
        Assert.Equal(["Labour lawyer"], Ask(index, "labor law"));
    }

    [Fact]
    public void A_carbon_footprint_is_asked_for_itself_and_sustainability_gathers_it()
    {
        // A carbon footprint (« bilan carbone ») is one thing sustainability covers: asked for, the ESG reporting
        // around it is not an answer; asked for sustainability, both are.
        var index = ExpertIndex.Build(new Organisation(
            [P("c", "Carbon person"), P("e", "ESG person"), P("z", "Zed")],
            [
                Item("1", "c", "Carbon footprint of the Lyon plant", text: "Scope 1 and 2 emissions measured for the site's carbon footprint."),
                Item("2", "c", "Bilan carbone 2025", text: "Méthode du bilan carbone pour les achats."),
                Item("3", "e", "ESG rating questionnaire", text: "Answers to the ESG rating agency and the CSR report."),
                Item("4", "e", "Rapport RSE", text: "Plan RSE et notation ESG de l'année."),
                Item("5", "e", "Climate risk disclosure", text: "ESG disclosures on climate risk for the board."),
                .. Filler(),
            ],
            []));

        Assert.Equal(["Carbon person"], Ask(index, "carbon footprint"));
        Assert.Equal(["Carbon person"], Ask(index, "bilan carbone"));
        Assert.Equal(["Carbon person", "ESG person"], Ask(index, "sustainability").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_language_asked_in_French_finds_work_written_about_it_in_English_and_back()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("j", "Japanese writer"), P("g", "Germaniste"), P("z", "Zed")],
            [
                Item("1", "j", "Japanese keigo for customer emails", text: "Which Japanese honorifics to use with a new client."),
                Item("2", "j", "Japanese packaging text review", text: "Checked the Japanese text on the box."),
                Item("3", "g", "Relecture en allemand", text: "Traduction allemand du contrat, relue par le client."),
                .. Filler(),
            ],
            []));

        Assert.Equal(["Japanese writer"], Ask(index, "japonais"));
        Assert.Equal(["Germaniste"], Ask(index, "German"));
    }

    [Theory]
    [InlineData("modélisation des menaces", "Threat modeller")]
    [InlineData("rédaction technique", "Technical writer")]
    [InlineData("sécurité incendie", "Fire warden")]
    public void A_topic_asked_in_French_finds_work_written_in_English_word_by_word(string question, string expert)
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("t", "Threat modeller"), P("w", "Technical writer"), P("f", "Fire warden"), P("z", "Zed")],
            [
                Item("1", "t", "Threat modeling of the payment API", text: "STRIDE threats per trust boundary of the payment flow."),
                Item("2", "w", "Technical writing style guide", text: "Writing the installation guide in plain English."),
                Item("3", "f", "Fire drill report", text: "Fire doors checked and the fire evacuation timed."),
                .. Filler(),
            ],
            []));

        Assert.Equal([expert], Ask(index, question));
    }

    [Fact]
    public void An_acronym_that_is_a_stop_word_in_lower_case_finds_who_writes_it()
    {
        // "TA" is talent acquisition where recruiters write it so; in lower case « ta » is French for "your".
        var index = ExpertIndex.Build(new Organisation(
            [P("r", "Recruiter"), P("f", "French writer"), P("z", "Zed")],
            [
                Item("1", "r", "TA priorities for next year", text: "Anyone new to TA should start with structured interviews."),
                Item("2", "r", "Offer letters and scorecards", text: "On the TA side, watch time-to-hire."),
                Item("3", "f", "Relecture", text: "Merci pour ta relecture, ta remarque sur le plan est juste."),
                .. Filler(),
            ],
            []));

        Assert.Equal(["Recruiter"], Ask(index, "TA"));
        Assert.Equal(["Recruiter"], Ask(index, "who knows TA?"));
    }

    [Fact]
    public void Someone_who_knows_both_topics_of_a_question_comes_before_someone_who_knows_one_very_well()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("b", "Both"), P("k", "Kube only"), P("t", "Terraform only"), P("z", "Zed")],
            [
                Item("1", "b", "Kubernetes cluster upgrade notes"),
                Item("2", "b", "Terraform module for the network"),
                Item("3", "k", "Kubernetes ingress runbook"),
                Item("4", "k", "Kubernetes autoscaling design"),
                Item("5", "k", "Kubernetes network policies explained"),
                Item("6", "t", "Terraform state migration"),
                Item("7", "t", "Terraform provider upgrade"),
                .. Filler(),
            ],
            []));

        Assert.Equal("Both", Ask(index, "k8s and terraform")[0]);
        var both = index.Search(new ExpertQuery("k8s and terraform", Now, 5))[0];
        Assert.Contains(both.Evidence, e => e.Item.Title!.StartsWith("Kubernetes", StringComparison.Ordinal));
        Assert.Contains(both.Evidence, e => e.Item.Title!.StartsWith("Terraform", StringComparison.Ordinal));
        Assert.Equal("Both", Ask(index, "Kubernetes et Terraform")[0]);
        Assert.Equal("Both", Ask(index, "kubernetes, terraform")[0]);
    }

    [Fact]
    public void Each_person_answering_a_question_of_several_topics_says_which_of_them_their_work_shows()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("b", "Both"), P("k", "Kube only"), P("t", "Terraform only", ["Kubernetes"]), P("z", "Zed")],
            [
                Item("1", "b", "Kubernetes cluster upgrade notes"),
                Item("2", "b", "Terraform module for the network"),
                Item("3", "k", "Kubernetes ingress runbook"),
                Item("6", "t", "Terraform state migration"),
                .. Filler(),
            ],
            []));

        var answer = index.Search(new ExpertQuery("k8s and Terraform", Now, 5)).ToDictionary(m => m.Person.DisplayName, m => m.Coverage);

        Assert.Equal(["k8s", "Terraform"], answer["Both"]!.Asked);
        Assert.True(answer["Both"]!.All);
        Assert.Equal(["k8s"], answer["Kube only"]!.Shown);
        Assert.Equal(["Terraform"], answer["Terraform only"]!.Shown); // declaring Kubernetes is not showing it
        Assert.All(index.Search(new ExpertQuery("Kubernetes", Now, 5)), m => Assert.Null(m.Coverage));
    }

    [Fact]
    public void Who_shows_both_topics_comes_before_far_stronger_experts_in_one_who_are_still_listed()
    {
        // Each expert's work on their topic is several times what "Both" shows of it, and they declare it; neither
        // shows the other topic. Asked for both, who shows each comes first; the experts are still in the answer.
        var index = ExpertIndex.Build(new Organisation(
            [P("b", "Both"), P("k", "Kube expert", ["Kubernetes"]), P("t", "Terraform expert", ["Terraform"]), P("z", "Zed")],
            [
                Item("b1", "b", "Kubernetes cluster upgrade notes"),
                Item("b2", "b", "Terraform module for the network"),
                .. Enumerable.Range(0, 12).Select(i => Item($"k{i}", "k", $"Kubernetes runbook {i}: ingress, autoscaling and network policies")),
                .. Enumerable.Range(0, 12).Select(i => Item($"t{i}", "t", $"Terraform runbook {i}: modules, state and providers")),
                .. Enumerable.Range(0, 60).Select(i => Item($"o{i}", "z", $"Office note {i}: budget review, travel policy and the move")),
            ],
            []));

        var answer = Ask(index, "Kubernetes and Terraform");
        Assert.Equal("Both", answer[0]);
        Assert.Equal(["Both", "Kube expert", "Terraform expert"], answer.Order());
        Assert.Equal("Kube expert", Ask(index, "Kubernetes")[0]);
    }

    [Fact]
    public void A_common_word_with_its_french_only_qualifies_the_known_topic_it_refines()
    {
        // "supplier risk management": risk management is the point, "supplier" (« fournisseur ») says which. A risk
        // manager's supplier invoices are no evidence of it; counted apart from its French, "supplier" had counted in
        // full wherever it was written, and listed the invoices.
        var index = ExpertIndex.Build(new Organisation(
            [P("s", "Supplier risk lead"), P("r", "Risk manager"), P("z", "Zed")],
            [
                .. Enumerable.Range(0, 3).Select(i => Item($"s{i}", "s", $"Supplier risk management review {i}: dual sourcing and supplier audits")),
                Item("r1", "r", "Risk management framework: the risk register and its owners"),
                .. Enumerable.Range(0, 8).Select(i => Item($"r{i + 2}", "r", $"Supplier invoices batch {i} processed for the fournisseur accounts")),
                .. Filler(),
            ],
            []));

        var answer = index.Search(new ExpertQuery("supplier risk management", Now, 5));

        Assert.Equal("Supplier risk lead", answer[0].Person.DisplayName);
        var manager = answer.Single(m => m.Person.Id == "r");
        Assert.Equal(["r1"], manager.Evidence.Select(e => e.Item.Id));
        Assert.Equal(
            answer.Select(m => (m.Person.Id, m.Score)),
            index.Search(new ExpertQuery("supplier risk management", Now, 5), exhaustive: true).Select(m => (m.Person.Id, m.Score)));
    }

    [Fact]
    public void Contracts_are_not_contract_law_accountants_and_buyers_handle_them_too()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("l", "Lawyer"), P("a", "Accountant"), P("z", "Zed")],
            [
                Item("l1", "l", "Contract law: the limitation of liability clause"),
                Item("l2", "l", "Droit des contrats : la clause de force majeure"),
                .. Enumerable.Range(0, 6).Select(i => Item($"a{i}", "a", $"Revenue from customer contracts under IFRS 15, batch {i}")),
                .. Enumerable.Range(0, 6).Select(i => Item($"f{i}", "a", $"Contrats fournisseurs : rapprochement des factures, lot {i}")),
                .. Filler(),
            ],
            []));

        Assert.Equal(["Lawyer"], Ask(index, "contract law"));
        Assert.Equal(["Lawyer"], Ask(index, "droit des contrats"));
    }

    [Fact]
    public void Trademark_law_is_not_patent_law_and_intellectual_property_gathers_both()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("p", "Patent attorney"), P("t", "Trademark lawyer"), P("z", "Zed")],
            [
                .. Enumerable.Range(0, 6).Select(i => Item($"p{i}", "p", $"Patents: prior art search and claims drafting, case {i}")),
                Item("t1", "t", "Trademark law: opposition to a similar mark"),
                Item("t2", "t", "Droit des marques : renouvellement du dépôt"),
                .. Filler(),
            ],
            []));

        Assert.Equal(["Trademark lawyer"], Ask(index, "trademark law"));
        Assert.Equal(["Trademark lawyer"], Ask(index, "droit des marques"));
        Assert.Equal(["Patent attorney"], Ask(index, "patent law"));
        Assert.Equal(["Patent attorney", "Trademark lawyer"], Ask(index, "intellectual property"));
    }

    [Fact]
    public void A_conjunction_inside_a_known_topic_does_not_split_it()
    {
        var concepts = QueryTopics.Concepts("identity and access management", TopicLexicon.Curated, useLexicon: true);

        Assert.Equal(["identity and access management"], concepts.Select(c => c.Key));
        Assert.All(concepts, c => Assert.Equal(0, c.Segment));
    }

    [Fact]
    public void A_part_of_a_list_the_organisation_names_as_its_own_topic_is_read_in_its_words()
    {
        // "Quasar reporting" is what these people call their work; alone, "reporting" is a form of business
        // intelligence. Asked with Terraform, the part is read as they write it, not widened to every dashboard.
        const string question = "quasar reporting and terraform";
        string[] own = ["quasar reporting"];

        var read = QueryTopics.Concepts(question, TopicLexicon.Curated, useLexicon: true, isOwnPhrase: own.Contains);
        var widened = QueryTopics.Concepts(question, TopicLexicon.Curated, useLexicon: true);

        Assert.Contains(widened, c => c.Segment == 0 && c.Key == "business intelligence");
        Assert.Equal([null, null], read.Where(c => c.Segment == 0).Select(c => c.Key));
        Assert.Contains(read, c => c.Segment == 0 && c.Alternatives.Any(f => f.SequenceEqual(["reporting"])));
        Assert.Equal(["terraform"], read.Where(c => c.Segment == 1).Select(c => c.Key));
    }

    [Theory]
    [InlineData("kubernets", "Kubernetes")]
    [InlineData("kuberentes", "Kubernetes")]
    [InlineData("terrafrom", "Terraform")]
    public void A_typo_the_organisation_never_writes_is_read_as_its_word(string typed, string meant)
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("k", "Kube"), P("t", "Terra"), P("z", "Zed")],
            [
                Item("1", "k", "Kubernetes ingress runbook"),
                Item("2", "k", "Kubernetes autoscaling"),
                Item("3", "k", "Kubernetes quotas"),
                Item("4", "t", "terraform modules"),
                Item("5", "t", "terraform state"),
                Item("6", "t", "terraform providers"),
                .. Filler(),
            ],
            []));

        Assert.Equal(meant, index.CorrectSpelling(typed));
        Assert.NotEmpty(Ask(index, typed));
        Assert.Null(index.CorrectSpelling("kubernetes"));
    }

    [Fact]
    public void A_typo_that_is_a_colleagues_name_once_stemmed_is_read_as_the_topic_it_misspells()
    {
        // "reids" stems to "reid", written in the organisation only as Laura Reid's name (mentions of her): it was never
        // corrected, and found whoever mentioned her. A name that names nothing else is a typo like any other word.
        // Redis is no curated topic here: the organisation names it (three people's skill and work).
        string[] redis = ["Redis"];
        var index = ExpertIndex.Build(new Organisation(
            [P("r", "Rosa Dev", redis), P("v", "Ravi Ops", redis), P("u", "Rui Data", redis), P("l", "Laura Reid"), P("m", "Mo")],
            [
                Item("1", "r", "Redis cluster failover"),
                Item("2", "v", "Redis eviction policies"),
                Item("3", "u", "Redis persistence with AOF"),
                Item("4", "m", "Ask Laura Reid about the budget"),
                Item("5", "m", "Laura Reid approved the travel"),
                Item("6", "m", "Reid's team offsite"),
                .. Filler(),
            ],
            []));

        Assert.Equal("redis", index.CorrectSpelling("reids"));
        Assert.Contains("Rosa Dev", Ask(index, "reids"));
        Assert.DoesNotContain("Mo", Ask(index, "reids"));
        Assert.Null(index.CorrectSpelling("reid"));
    }

    [Fact]
    public void A_corrected_question_counts_the_endorsements_given_on_the_topic_it_is_corrected_to()
    {
        // Camunda is no topic the lexicon knows: endorsements on it are found by the words of the question.
        var index = ExpertIndex.Build(new Organisation(
            [P("c", "Workflow Person"), P("e", "Endorser"), P("f", "Other Endorser"), P("z", "Zed")],
            [
                Item("1", "c", "Camunda process models runbook"),
                Item("2", "c", "Camunda incident handling"),
                Item("3", "c", "Camunda upgrade plan"),
                Item("4", "e", "Camunda licence notes"),
                .. Filler(),
            ],
            [E("e", "c", "Camunda"), E("f", "c", "Camunda")]));

        Assert.Equal("Camunda", index.CorrectSpelling("Camnuda"));
        var asked = index.Search(new ExpertQuery("Camunda", Now, 5)).Single(m => m.Person.Id == "c");
        var typed = index.Search(new ExpertQuery("Camnuda", Now, 5)).Single(m => m.Person.Id == "c");

        Assert.True(asked.Parts.Vouch > 0);
        Assert.Equal(asked.Parts.Vouch, typed.Parts.Vouch, 6);
        Assert.Equal(asked.Score, typed.Score, 6);
    }

    [Fact]
    public void A_typo_of_four_letters_is_corrected_though_its_stem_has_three()
    {
        // "MLOs" analyses to "mlo" (a plural stripped): the word typed has four letters, and is corrected as one.
        var index = ExpertIndex.Build(new Organisation(
            [P("m", "Model Ops"), P("z", "Zed")],
            [
                Item("1", "m", "MLOps model registry"),
                Item("2", "m", "MLOps feature store"),
                Item("3", "m", "MLOps drift monitoring"),
                .. Filler(),
            ],
            []));

        Assert.NotNull(index.CorrectSpelling("MLOs"));
        Assert.Equal(["Model Ops"], Ask(index, "MLOs"));
    }

    [Fact]
    public void A_typo_in_a_name_of_several_words_corrects_that_word_alone()
    {
        // "spring" alone is an alias of Spring Boot: the correction is the word, not the whole name again.
        var index = ExpertIndex.Build(new Organisation(
            [P("s", "Springer"), P("z", "Zed")],
            [
                Item("1", "s", "Spring Boot actuator endpoints"),
                Item("2", "s", "Spring Boot starters"),
                Item("3", "s", "Spring Boot profiles"),
                .. Filler(),
            ],
            []));

        Assert.Equal("Spring Boot", index.CorrectSpelling("Sppring Boot"));
        Assert.Equal(["Springer"], Ask(index, "Sppring Boot"));
    }

    [Theory]
    [InlineData("rsut", "rust")]
    [InlineData("Kfka", "kafka")]
    [InlineData("fmeea", "fmea")]
    public void A_typo_of_a_short_word_is_read_as_the_organisations_word(string typed, string meant)
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("r", "Rusty"), P("k", "Kafkaesque"), P("f", "Failure"), P("z", "Zed")],
            [
                Item("1", "r", "rust borrow checker notes"),
                Item("2", "r", "rust async runtime"),
                Item("3", "r", "rust error handling"),
                Item("4", "k", "kafka consumer lag"),
                Item("5", "k", "kafka partitions"),
                Item("6", "k", "kafka retention"),
                Item("7", "f", "fmea worksheet for the pump line"),
                Item("8", "f", "fmea severity scale"),
                Item("9", "f", "fmea review minutes"),
                .. Filler(),
            ],
            []));

        Assert.Equal(meant, index.CorrectSpelling(typed), ignoreCase: true);
        Assert.NotEmpty(Ask(index, typed));
    }

    [Fact]
    public void Of_two_words_as_close_to_a_typo_the_one_that_names_a_topic_is_meant()
    {
        // "finps" is one edit from "fine", which everyone writes, and from FinOps, which the organisation names as
        // a topic (its people declare it and their work names it; the curated lexicon does not know it).
        var index = ExpertIndex.Build(new Organisation(
            [.. Enumerable.Range(0, 4).Select(i => P($"f{i}", $"Cloud accountant {i}", ["FinOps"])), P("z", "Zed"), P("y", "Yves")],
            [
                .. Enumerable.Range(0, 4).SelectMany(i => Enumerable.Range(0, 3).Select(j => Item($"f{i}-{j}", $"f{i}", $"FinOps review {j}: reserved instances, savings plans and tagging"))),
                .. Enumerable.Range(0, 20).Select(i => Item($"y{i}", "y", $"All fine, thanks for the update {i}")),
                .. Filler(),
            ],
            []));

        Assert.Equal("Finops", index.CorrectSpelling("Finps"));
        Assert.StartsWith("Cloud accountant", Ask(index, "Finps")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_is_not_read_as_a_common_word_without_its_first_letter_but_two_swapped_first_letters_are_a_typo()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("r", "Rusty"), P("l", "Linker"), P("z", "Zed")],
            [
                Item("1", "r", "rust borrow checker notes"),
                Item("2", "r", "rust async runtime"),
                Item("3", "r", "rust error handling"),
                .. Enumerable.Range(0, 12).Select(i => Item($"l{i}", "l", $"link to the slides of meeting {i}")),
                .. Filler(),
            ],
            []));

        // "Blink" is a product nobody here writes about, not "link" mistyped.
        Assert.Null(index.CorrectSpelling("Blink"));
        Assert.Equal("rust", index.CorrectSpelling("urst"), ignoreCase: true);
    }

    [Fact]
    public void Someone_who_only_announces_a_topic_comes_after_someone_who_works_on_it()
    {
        // Long posts (the substance rule spares them) and a webinar named after the topic: announcing, not doing.
        var words = string.Join(' ', Enumerable.Repeat("our roadmap for the platform and the teams around it", 6));
        EvidenceItem[] announcer =
        [
            Item("a1", "a", "Why Kafka changes everything", EvidenceKinds.Post, $"Kafka {words}"),
            Item("a2", "a", "My journey with Kafka", EvidenceKinds.Post, $"Kafka {words}"),
            Item("a3", "a", "Kafka is the future", EvidenceKinds.Post, $"Kafka {words}"),
            Item("a4", "a", "Webinar: the future of Kafka", EvidenceKinds.Meeting),
        ];
        EvidenceItem[] worker = [Item("w1", "w", "Kafka consumer lag runbook", EvidenceKinds.Document, $"Kafka {words}")];
        Organisation Org(params EvidenceItem[] extra) =>
            new([P("a", "Announcer"), P("w", "Worker"), P("z", "Zed")], [.. announcer, .. worker, .. extra, .. Filler()], []);

        Assert.Equal(["Worker", "Announcer"], Ask(ExpertIndex.Build(Org()), "Kafka"));

        // A one-line comment naming the topic is chatter, not work: the posts still count as announcing.
        Assert.Equal(["Worker", "Announcer"], Ask(ExpertIndex.Build(Org(Item("a6", "a", "Exactly, that is where Kafka brings value.", EvidenceKinds.Comment))), "Kafka"));
        Assert.Equal("Announcer", ExpertIndex.Build(Org(Item("a6", "a", "Exactly, that is where Kafka brings value.", EvidenceKinds.Comment)), ExpertiseSettings.Default with { ChatterWords = 0 })
            .Search(new ExpertQuery("Kafka", Now, 5))[0].Person.DisplayName);

        // One message of real work on the topic and the posts count in full again.
        Assert.Equal(["Announcer", "Worker"], Ask(ExpertIndex.Build(Org(Item("a5", "a", "Kafka partitions rebalanced", EvidenceKinds.Message, $"Kafka {words}"))), "Kafka"));

        // Off, the announcer's three posts outweigh one document: what the rule changes.
        Assert.Equal("Announcer", ExpertIndex.Build(Org(), ExpertiseSettings.Default with { AnnouncedAlone = 1 }).Search(new ExpertQuery("Kafka", Now, 5))[0].Person.DisplayName);
    }

    [Fact]
    public void Someone_who_only_asks_about_a_topic_comes_after_someone_who_answers_about_it()
    {
        // Three long questions about Kafka against one long answer: asking is not knowing.
        var words = string.Join(' ', Enumerable.Repeat("our platform team wants to understand it before the next release", 5));
        EvidenceItem[] asker =
        [
            Item("q1", "q", "Where can I learn the basics of Kafka?", EvidenceKinds.Question, $"Kafka {words}"),
            Item("q2", "q", "Who should we involve for Kafka?", EvidenceKinds.Question, $"Kafka {words}"),
            Item("q3", "q", "Is there someone who understands Kafka?", EvidenceKinds.Question, $"Kafka {words}"),
        ];
        EvidenceItem[] answerer = [Item("r1", "r", "Re: Kafka consumer lag", EvidenceKinds.Answer, $"Kafka {words}")];
        Organisation Org() => new([P("q", "Asker"), P("r", "Answerer"), P("z", "Zed")], [.. asker, .. answerer, .. Filler()], []);

        Assert.Equal(["Answerer", "Asker"], Ask(ExpertIndex.Build(Org()), "Kafka"));

        // Without the rule the asker's three questions outweigh the one answer.
        Assert.Equal("Asker", ExpertIndex.Build(Org(), ExpertiseSettings.Default with { AnnouncedAlone = 1 }).Search(new ExpertQuery("Kafka", Now, 5))[0].Person.DisplayName);
    }

    [Fact]
    public void A_rare_word_beside_a_broad_known_topic_is_what_the_question_is_about()
    {
        // "IFRS reporting": reporting (a known, broad topic) is everywhere; IFRS is the point. Someone who writes
        // dashboards all day without ever touching IFRS does not answer; the IFRS accountant does.
        var dashboards = Enumerable.Range(0, 12).Select(i => Item($"d{i}", "d", $"Weekly reporting dashboard {i}")).ToArray();
        var others = Enumerable.Range(0, 8).Select(i => Item($"o{i}", "z", $"Sales reporting pack {i}")).ToArray();
        var index = ExpertIndex.Build(new Organisation(
            [P("i", "Ifrs Accountant"), P("d", "Dashboard Builder"), P("z", "Zed")],
            [Item("i1", "i", "IFRS 16 lease accounting memo"), Item("i2", "i", "IFRS 15 revenue recognition"), .. dashboards, .. others, .. Filler()],
            []));

        Assert.Equal(["Ifrs Accountant"], Ask(index, "IFRS reporting"));
        Assert.Contains("Dashboard Builder", Ask(index, "reporting"));
    }

    [Fact]
    public void A_word_written_everywhere_does_not_answer_a_topic_of_several_words_alone()
    {
        // "Harbour crane maintenance": "maintenance" is in most of what this organisation writes. Someone whose
        // items only say "maintenance" does not answer; whoever works on the harbour cranes does. Asked alone, the
        // word still finds whoever writes it.
        var meetings = Enumerable.Range(0, 12).Select(i => Item($"m{i}", "m", $"Maintenance review meeting notes {i}")).ToArray();
        var others = Enumerable.Range(0, 8).Select(i => Item($"o{i}", "z", $"Building maintenance update {i}")).ToArray();
        var organisation = new Organisation(
            [P("s", "Crane Engineer"), P("m", "Meeting Manager"), P("z", "Zed")],
            [Item("s1", "s", "Harbour crane inspection schedule"), Item("s2", "s", "Crane load test at the harbour"), .. meetings, .. others, .. Filler()],
            []);
        // Nobody cut for scoring little beside the best: only the rule decides who is listed.
        var settings = ExpertiseSettings.Default with { CommonWordShare = 0.2, MinimumShareOfBest = 0 };

        Assert.Equal(["Crane Engineer"], Ask(ExpertIndex.Build(organisation, settings), "harbour crane maintenance"));
        Assert.Contains("Meeting Manager", Ask(ExpertIndex.Build(organisation, settings with { CommonWordShare = 0 }), "harbour crane maintenance"));
        Assert.Contains("Meeting Manager", Ask(ExpertIndex.Build(organisation, settings), "maintenance"));
    }

    // Items of ordinary length, so that BM25's average length is an organisation's, not a test's.
    private static EvidenceItem[] Paragraphs() =>
    [
        .. Enumerable.Range(0, 12).Select(i => Item($"n{i}", "z", $"Team notes {i}", text: "Agenda for the week: budget review, hiring plan, office move, travel policy, the supplier contract renewal, customer feedback from the last survey, and the new expense tool rollout schedule for every department.")),
    ];

    [Fact]
    public void Short_promotional_posts_weigh_less_than_a_document_about_the_topic()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("w", "Worker"), P("p", "Promoter", ["Kubernetes"]), P("z", "Zed")],
            [
                .. Paragraphs(),
                Item("1", "w", "Kubernetes upgrade runbook", text: "Drain each node, cordon it, upgrade the control plane first, then the node pools; check pod disruption budgets, watch the ingress controller and the autoscaler, and roll back with the previous node image if the readiness probes fail."),
                Item("2", "p", "Why Kubernetes changes everything", EvidenceKinds.Post),
                Item("3", "p", "Kubernetes is the future #k8s", EvidenceKinds.Post),
                Item("4", "p", "Proud of my Kubernetes journey #cloud", EvidenceKinds.Post),
                .. Filler(),
            ],
            []));

        Assert.Equal("Worker", Ask(index, "kubernetes")[0]);
    }

    [Fact]
    public void A_clique_that_endorses_itself_and_declares_the_skill_cannot_pass_someone_whose_work_shows_it()
    {
        string[] ring = ["r1", "r2", "r3", "r4", "r5", "r6"];
        var index = ExpertIndex.Build(new Organisation(
            [P("w", "Worker"), .. ring.Select(r => P(r, r, ["Kubernetes"])), P("z", "Zed")],
            [
                Item("1", "w", "Kubernetes upgrade runbook", text: "Drain each node, cordon it, upgrade the control plane first, then the node pools; check pod disruption budgets and the ingress controller."),
                .. ring.Select(r => Item($"p{r}", r, "Why Kubernetes changes everything", EvidenceKinds.Post)),
                .. Filler(),
            ],
            [.. ring.SelectMany(from => ring.Where(to => to != from).Select(to => E(from, to, "Kubernetes")))]));

        Assert.Equal("Worker", Ask(index, "kubernetes")[0]);
    }

    [Fact]
    public void My_expertise_scores_a_topic_exactly_as_search_scores_the_person()
    {
        var index = ExpertIndex.Build(new Organisation(
            [P("a", "Alice", ["Kubernetes"]), P("b", "Bob"), P("z", "Zed")],
            [
                Item("1", "a", "Kubernetes ingress runbook"),
                Item("2", "a", "Kubernetes autoscaling", EvidenceKinds.Answer),
                Item("3", "b", "Kubernetes quotas"),
                .. Filler(),
            ],
            []));

        var search = index.Search(new ExpertQuery("Kubernetes", Now, 5, SocialGraph.Empty)).Single(m => m.Person.Id == "a");
        var mine = index.TopicsFor("a", Now, 5).Single(t => t.Key == "kubernetes");

        Assert.Equal(search.Score, mine.Score, 6);
    }

    [Theory]
    [InlineData("SDWAN", true, 5, new[] { "sdwan" }, new[] { "sd", "wan" })]
    [InlineData("sdwan", false, 5, new[] { "sdwan" })]
    [InlineData("SDWAN", true, 0, new[] { "sdwan" })]
    public void A_name_of_two_words_written_as_one_is_that_word_or_the_name(string question, bool ownName, int frequency, params string[][] forms)
    {
        // The organisation names "SD WAN" (SD-WAN); "SDWAN" is that name or the word itself, when it writes both halves.
        var concept = Assert.Single(QueryTopics.Concepts(
            question, TopicLexicon.Curated, useLexicon: true, documentFrequency: _ => frequency, isOwnPhrase: p => ownName && p == "sd wan"));

        Assert.Equal(forms, concept.Alternatives);
    }

    [Fact]
    public void A_name_written_as_one_word_finds_who_writes_it_in_two()
    {
        // "Power BI" is a curated name: "powerbi" found only Dan, who once wrote it so.
        var index = ExpertIndex.Build(new Organisation(
            [P("a", "Ann"), P("b", "Bo"), P("d", "Dan")],
            [Item("1", "a", "Power BI dashboards for the finance team"), Item("2", "b", "Power BI row-level security"), Item("3", "d", "PowerBI tips"), .. Filler()],
            []));

        Assert.Equal(["Ann", "Bo", "Dan"], Ask(index, "powerbi").Order());
    }
}
