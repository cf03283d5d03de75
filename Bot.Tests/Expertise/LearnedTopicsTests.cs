using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Snapshots;

namespace ExpertBot.Tests.Expertise;

/// <summary>
/// Search reads the organisation's topic model (the digest's): work that shows a topic's learned vocabulary is
/// found when someone asks about the topic, even when it never names it. The topic here ("Quasar", its words
/// "flux", "capacitor", "manifold") is invented, so that neither the lexicon nor anything curated can know it.
/// </summary>
public sealed class LearnedTopicsTests
{
    private static readonly DateTimeOffset When = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Office =
    [
        "budget review agenda for the quarterly planning meeting", "travel expenses policy reminder and receipts",
        "holiday rota for the support desk in december", "printer on the third floor is out of toner again",
        "onboarding checklist for new starters in finance", "minutes of the team meeting about parking spaces",
        "lunch and learn on presentation skills next week", "invoice approval workflow questions from suppliers",
    ];

    [Fact]
    public void Work_showing_a_topics_vocabulary_is_found_when_asking_about_the_topic_without_naming_it()
    {
        var organisation = Organisation();

        var found = ExpertIndex.Build(organisation).Search("quasar", 20);
        var namesOnly = ExpertIndex.Build(organisation, ExpertiseSettings.Default with { LearnedTopicWeight = 0 }).Search("quasar", 20);

        var newcomer = Assert.Single(found, m => m.Person.Id == "newcomer");
        Assert.Contains(newcomer.Evidence, e => e.Item.Id.StartsWith("newcomer-", StringComparison.Ordinal));
        Assert.DoesNotContain(namesOnly, m => m.Person.Id == "newcomer");

        // Private work is never evidence, learned or not.
        Assert.DoesNotContain(found, m => m.Person.Id == "secretive");
        Assert.All(found.SelectMany(m => m.Evidence), e => Assert.NotEqual(Visibility.Private, e.Item.Visibility));

        // Veterans who name the topic and show its substance stay first.
        Assert.StartsWith("veteran", found[0].Person.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_colleagues_list_as_a_skill_asks_for_the_topic_their_work_and_the_phrases_items_are_on()
    {
        // The claimant lists "Zorblex tuning", which nobody writes beside "Quasar"; their work is Quasar work.
        var quasar = Organisation();
        ExpertIndex With(string namingItem) => ExpertIndex.Build(
            quasar with
            {
                People = [.. quasar.People, new Person { Id = "claimant", DisplayName = "Claimant", Skills = ["Zorblex tuning"] }],
                Signals =
                [
                    .. quasar.Signals,
                    Item("claimant-0", "claimant", null, namingItem, EvidenceKinds.Message),
                    Item("claimant-1", "claimant", null, "Recalibrated the flux capacitor and bled the manifold again.", EvidenceKinds.Answer),
                ],
            },
            Everyone);

        // The item naming the phrase is Quasar work too: the question reads Quasar's work, the newcomer's among it.
        var index = With("Zorblex tuning today: flux capacitor and manifold pressure checked.");
        var confirmed = index.Search("zorblex tuning", 30);
        var newcomer = Assert.Single(confirmed, m => m.Person.Id == "newcomer");
        Assert.Contains(newcomer.Evidence, e => e.Item.Id.StartsWith("newcomer-", StringComparison.Ordinal));

        // The answer says so, by the name the organisation writes the topic with; asked as Quasar, there is nothing to say.
        var reading = Assert.Single(index.ReadingsOf(new ExpertQuery("Zorblex tuning", index.LatestTimestamp, 10), Language.English));
        Assert.Equal(new TopicReading("Zorblex tuning", "Quasar", TopicReadingReason.ClaimedByItsPeople), reading);
        Assert.Empty(index.ReadingsOf(new ExpertQuery("Quasar", index.LatestTimestamp, 10), Language.English));

        // Nothing naming the phrase is Quasar work: a claim alone points nowhere.
        var unconfirmedIndex = With("Zorblex tuning today, then the budget review agenda.");
        var unconfirmed = unconfirmedIndex.Search("zorblex tuning", 30);
        Assert.DoesNotContain(unconfirmed, m => m.Person.Id == "newcomer");
        Assert.Contains(unconfirmed, m => m.Person.Id == "claimant");
        Assert.Empty(unconfirmedIndex.ReadingsOf(new ExpertQuery("Zorblex tuning", unconfirmedIndex.LatestTimestamp, 10), Language.English));
    }

    [Fact]
    public void A_phrase_one_colleague_claims_reads_the_topic_its_items_confirm_not_the_first_of_their_topics()
    {
        // The one claimant works on Nebula (more people's topic, numbered first) and on Quasar; what names the phrase
        // is Quasar work. Chosen by claimants alone, both topics tie and Nebula came first: demo/org read "pytest" as IP law.
        var quasar = Organisation();
        var nebula = Enumerable.Range(0, 6).Select(v => new Person { Id = $"nebula{v}", DisplayName = $"Nebula {v}", Skills = ["Nebula"] }).ToArray();
        var index = ExpertIndex.Build(
            quasar with
            {
                People = [.. quasar.People, .. nebula, new Person { Id = "claimant", DisplayName = "Claimant", Skills = ["Zorblex tuning"] }],
                Signals =
                [
                    .. quasar.Signals,
                    .. nebula.SelectMany(p => Enumerable.Range(0, 4).Select(i =>
                        Item($"{p.Id}-{i}", p.Id, $"Nebula notes {i}", $"We oiled the sprocket, swapped the gearbox and measured the torque, case {i}.", EvidenceKinds.Document))),
                    Item("claimant-0", "claimant", null, "Zorblex tuning today: flux capacitor and manifold pressure checked.", EvidenceKinds.Message),
                    Item("claimant-1", "claimant", null, "Recalibrated the flux capacitor and bled the manifold again.", EvidenceKinds.Answer),
                    Item("claimant-2", "claimant", "Nebula notes", "Oiled the sprocket and swapped the gearbox; torque fine.", EvidenceKinds.Document),
                ],
            },
            Everyone);

        Assert.True(index.LearnedTopics.TopicOfPhrase["nebula"] < index.LearnedTopics.TopicOfPhrase["quasar"], "Nebula is numbered first");
        Assert.Contains(index.Search("zorblex tuning", 30), m => m.Person.Id == "newcomer");
        Assert.Equal("Quasar", Assert.Single(index.ReadingsOf(new ExpertQuery("zorblex tuning", index.LatestTimestamp, 10), Language.English)).ReadAs);
    }

    [Fact]
    public void A_phrase_colleagues_endorse_someone_for_is_a_claim_as_a_listed_skill_is()
    {
        var quasar = Organisation();
        var organisation = quasar with
        {
            People = [.. quasar.People, new Person { Id = "claimant", DisplayName = "Claimant" }],
            Signals =
            [
                .. quasar.Signals,
                Item("claimant-0", "claimant", null, "Zorblex tuning today: flux capacitor and manifold pressure checked.", EvidenceKinds.Message),
                Item("claimant-1", "claimant", null, "Recalibrated the flux capacitor and bled the manifold again.", EvidenceKinds.Answer),
            ],
        };

        var endorsed = organisation with { Endorsements = [new Endorsement("colleague0", "claimant", "Zorblex tuning", When)] };

        Assert.DoesNotContain(ExpertIndex.Build(organisation, Everyone).Search("zorblex tuning", 30), m => m.Person.Id == "newcomer");
        Assert.Contains(ExpertIndex.Build(endorsed, Everyone).Search("zorblex tuning", 30), m => m.Person.Id == "newcomer");
    }

    [Fact]
    public void A_one_line_message_counts_as_announcing_unless_it_shows_the_topics_vocabulary()
    {
        // Both write one short message naming the topic; only the status shows what Quasar work is made of. Enough
        // colleagues that "quasar" is a rare word, which a comment can match by name (CommonWordShare).
        var quasar = Organisation(colleagues: 700);
        var organisation = quasar with
        {
            People = [.. quasar.People, new Person { Id = "status", DisplayName = "Status" }, new Person { Id = "cheer", DisplayName = "Cheer" }],
            Signals =
            [
                .. quasar.Signals,
                Item("status-0", "status", null, "Quasar: flux capacitor done, manifold next.", EvidenceKinds.Message),
                Item("cheer-0", "cheer", null, "Exactly, that is where Quasar brings value!", EvidenceKinds.Comment),
            ],
        };

        var off = Everyone with { ChatterWords = 0 };
        Assert.Equal(Everyone.AnnouncedAlone * ScoreOf(organisation, off, "quasar", "cheer"), ScoreOf(organisation, Everyone, "quasar", "cheer"), 6);
        Assert.Equal(ScoreOf(organisation, off, "quasar", "status"), ScoreOf(organisation, Everyone, "quasar", "status"), 6);
    }

    [Fact]
    public void A_one_line_message_on_another_topics_work_does_not_make_naming_this_topic_work()
    {
        // The cheer names Quasar and shows Zorblex's vocabulary, not Quasar's: "So proud of what we're building on
        // BGP routing together" was product management work, and it had let a clique member's posts count as work.
        var quasar = Organisation(colleagues: 700);
        var zorblex = Enumerable.Range(0, 3).Select(v => new Person { Id = $"zorblex{v}", DisplayName = $"Zorblex {v}", Skills = ["Zorblex"] }).ToArray();
        var organisation = quasar with
        {
            People = [.. quasar.People, .. zorblex, new Person { Id = "cheer", DisplayName = "Cheer" }],
            Signals =
            [
                .. quasar.Signals,
                .. zorblex.SelectMany(p => Enumerable.Range(0, 4).Select(i =>
                    Item($"{p.Id}-{i}", p.Id, $"Zorblex notes {i}", $"We oiled the sprocket, swapped the gearbox and measured the torque, case {i}.", EvidenceKinds.Document))),
                Item("cheer-0", "cheer", null, "Quasar day: sprocket, gearbox and torque all fine!", EvidenceKinds.Comment),
            ],
        };

        var index = ExpertIndex.Build(organisation, Everyone);
        Assert.True(index.LearnedWork.TopicOf(index.Evidence.Items.ToList().FindIndex(i => i.Id == "cheer-0")) != LearnedWork.None, "the cheer is some learned topic's work");
        var off = Everyone with { ChatterWords = 0 };
        Assert.Equal(Everyone.AnnouncedAlone * ScoreOf(organisation, off, "quasar", "cheer"), ScoreOf(organisation, Everyone, "quasar", "cheer"), 6);
    }

    [Fact]
    public void An_item_that_is_another_topics_work_counts_half_of_its_match_on_a_topic_it_only_mentions()
    {
        // The mentioner's runbook is Kafka work (partitions, consumer groups, brokers) that says where the brokers run.
        var people = new List<Person>();
        var items = new List<EvidenceItem>();
        void Worker(string id, string topic, string words)
        {
            people.Add(new Person { Id = id, DisplayName = id, Skills = [topic] });
            for (var i = 0; i < 4; i++)
            {
                items.Add(Item($"{id}-{i}", id, $"{topic} notes {i}", words, EvidenceKinds.Document));
            }
        }

        for (var w = 0; w < 3; w++)
        {
            // No word in common but the topics' names, so that each vocabulary is its own.
            Worker($"kube{w}", "Kubernetes", "Drained nodes, cordoned pods, upgraded Helm charts via kubectl.");
            Worker($"kafka{w}", "Kafka", "Rebalanced partitions of consumer groups; brokers lagging behind offsets.");
        }

        people.Add(new Person { Id = "mentioner", DisplayName = "Mentioner" });
        items.Add(Item("mentioner-0", "mentioner", "Kafka runbook", "Rebalanced partitions of consumer groups; brokers lagging behind offsets. Brokers run on Kubernetes.", EvidenceKinds.Document));
        for (var p = 0; p < 200; p++)
        {
            people.Add(new Person { Id = $"colleague{p}", DisplayName = $"Colleague {p}" });
            items.AddRange(Office.Select((text, i) => Item($"colleague{p}-{i}", $"colleague{p}", null, $"{text} ({p}, {i})", EvidenceKinds.Message)));
        }

        var organisation = new Organisation(people, items, []);
        var off = Everyone with { MentionWeight = 1 };
        Assert.Equal(Everyone.MentionWeight * ScoreOf(organisation, off, "kubernetes", "mentioner"), ScoreOf(organisation, Everyone, "kubernetes", "mentioner"), 6);

        // Kubernetes work counts in full, and the fast path still scores as every posting does.
        Assert.Equal(ScoreOf(organisation, off, "kubernetes", "kube0"), ScoreOf(organisation, Everyone, "kubernetes", "kube0"), 6);
        var index = ExpertIndex.Build(organisation, Everyone);
        Assert.Equal(
            index.Search(new ExpertQuery("kubernetes", index.LatestTimestamp, 30), exhaustive: true).Select(m => (m.Person.Id, m.Score)),
            index.Search(new ExpertQuery("kubernetes", index.LatestTimestamp, 30)).Select(m => (m.Person.Id, m.Score)));
    }

    [Fact]
    public void An_item_is_work_on_what_it_names_and_on_the_topics_it_shows_most_or_nearly_as_much_not_on_every_neighbour()
    {
        // Names topic 0; shows 3 words of topic 1, 5 of topics 2 and 3, and 4 of topic 4 without naming them.
        TopicMatch[] matches =
            [new(0, Named: true, Words: 1), new(1, Named: false, Words: 3), new(2, Named: false, Words: 5), new(3, Named: false, Words: 5), new(4, Named: false, Words: 4)];

        Assert.Equal([0, 2, 3, 4], LearnedTopics.WorkOn(matches).Select(m => m.Topic));
        Assert.Equal([1], LearnedTopics.WorkOn([new(1, Named: false, Words: 3)]).Select(m => m.Topic));
    }

    [Fact]
    public void An_item_that_names_its_topic_is_not_work_on_a_sibling_it_shows_far_less()
    {
        // "Spanish language playbook": names Spanish and shows 10 of its words; the 4 words every language topic
        // shares make German (topic 1) no more than a neighbour. A topic shown nearly as much still counts (topic 2).
        Assert.Equal([0], LearnedTopics.WorkOn([new(0, Named: true, Words: 10), new(1, Named: false, Words: 4)]).Select(m => m.Topic));
        Assert.Equal(
            [0, 2],
            LearnedTopics.WorkOn([new(0, Named: true, Words: 10), new(1, Named: false, Words: 4), new(2, Named: false, Words: 8)]).Select(m => m.Topic));
    }

    [Fact]
    public void Work_showing_two_topics_learned_from_the_same_words_is_found_for_both()
    {
        // "Warp drive" people write Quasar's words and one of their own: the newcomer's runbooks show four words of
        // Warp drive's vocabulary and three of Quasar's, and are Quasar work too (as Helm charts and ingress
        // controllers are Kubernetes work as much as AKS work).
        var organisation = Organisation(colleagues: 40, neighbour: "Warp drive");

        var found = ExpertIndex.Build(organisation).Search("quasar", 20);

        Assert.Contains(found, m => m.Person.Id == "newcomer");
        Assert.StartsWith("veteran", found[0].Person.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_two_topics_who_shows_both_comes_first_even_when_their_work_on_one_never_names_it()
    {
        // The newcomer's runbooks show Quasar's vocabulary without naming it, and two of their answers name
        // Terraform; the Terraform people write more on Terraform and nothing on Quasar. Asked for both, the work
        // on each topic is read as for that topic alone: the newcomer knows both and comes first.
        var organisation = Organisation();
        var people = organisation.People.ToList();
        var items = organisation.Signals.ToList();
        for (var t = 0; t < 2; t++)
        {
            var id = $"terraform{t}";
            people.Add(new Person { Id = id, DisplayName = $"Terraform {t}", Skills = ["Terraform"] });
            for (var i = 0; i < 4; i++)
            {
                items.Add(Item($"{id}-{i}", id, $"Terraform notes {i}", $"Our Terraform modules and the state backend, case {i}.", EvidenceKinds.Document));
            }
        }

        for (var i = 0; i < 2; i++)
        {
            items.Add(Item($"newcomer-terraform-{i}", "newcomer", null, $"Moved the Terraform state to the shared backend, step {i}.", EvidenceKinds.Answer));
        }

        var index = ExpertIndex.Build(organisation with { People = people, Signals = items });

        Assert.Equal([0, 1], QueryTopics.Concepts("quasar and terraform", index.Lexicon, useLexicon: true).Select(c => c.Segment).Distinct());
        Assert.Equal("newcomer", index.Search("quasar and terraform", 10)[0].Person.Id);
    }

    [Fact]
    public void A_cliques_short_posts_are_not_work_on_the_topic_whose_vocabulary_they_shaped()
    {
        // Three colleagues post more of what names Quasar than its veterans write, short cheers naming one another:
        // their words become Quasar's learned vocabulary (the topic model reads what names a topic), but their posts
        // are not Quasar work.
        var organisation = Organisation(colleagues: 40, clique: 3);
        var index = ExpertIndex.Build(organisation);
        var quasar = index.LearnedTopics.TopicOfPhrase["quasar"];
        var work = index.LearnedTopics.Lists[quasar].Documents.Select(d => index.Evidence.Items[d].Id).ToList();

        Assert.Contains(work, id => id.StartsWith("newcomer-", StringComparison.Ordinal));
        Assert.DoesNotContain(work, id => id.StartsWith("clique", StringComparison.Ordinal));
        var found = index.Search("quasar", 20).Select(m => m.Person.Id).ToList();
        Assert.All(found.Where(id => id.StartsWith("clique", StringComparison.Ordinal)), id => Assert.True(found.IndexOf(id) > found.IndexOf("newcomer")));
    }

    [Fact]
    public void A_topics_list_keeps_each_persons_best_items_and_no_more()
    {
        // Items 0–5 belong to person 0, items 6–7 to person 1, item 8 to person 2; a heavier item weighs more.
        int[] owner = [0, 0, 0, 0, 0, 0, 1, 1, 2];
        float[] weight = [1, 5, 2, 5, 3, 1, 1, 1, 1];
        var topics = new LearnedTopics(
            new Dictionary<string, int>(StringComparer.Ordinal) { ["quasar"] = 0 },
            [null],
            [new ConceptList([0, 1, 2, 3, 4, 5, 6, 7, 8], [2f, 2f, 2f, 2f, 2f, 2f, 2f, 2f, 2f])]);

        var capped = topics.Capped(3, owner, item => weight[item]);

        // Person 0 keeps their three heaviest (1 and 3 tie at 5: both kept; then 4), in item order; the others keep all.
        Assert.Equal([1, 3, 4, 6, 7, 8], capped.Lists[0].Documents);
        Assert.All(capped.Lists[0].Scores, score => Assert.Equal(2f, score));
        Assert.Same(topics.Lists[0], topics.Capped(6, owner, item => weight[item]).Lists[0]);
    }

    [Fact]
    public void A_question_that_is_exactly_the_organisations_own_phrase_reads_its_work_as_a_name_match()
    {
        var organisation = Organisation();

        var own = ExpertIndex.Build(organisation).Search("quasar", 20).Single(m => m.Person.Id == "newcomer");
        var asKnown = ExpertIndex.Build(organisation, ExpertiseSettings.Default with { OwnPhraseWeight = 0 }).Search("quasar", 20).Single(m => m.Person.Id == "newcomer");

        // "Quasar" is a skill phrase the lexicon does not know: its learned work counts as much as a name (1), not half (0.5).
        Assert.Equal(2.0, own.Score / asKnown.Score, precision: 2);
    }

    [Fact]
    public void Both_query_paths_and_a_saved_index_agree_on_learned_topics()
    {
        var index = ExpertIndex.Build(Organisation());
        var query = new ExpertQuery("quasar", When.AddDays(1), 20);

        var fast = index.Search(query);
        var exhaustive = index.Search(query, exhaustive: true);

        Assert.Contains(fast, m => m.Person.Id == "newcomer");
        Assert.Equal(exhaustive.Select(m => (m.Person.Id, m.Score)), fast.Select(m => (m.Person.Id, m.Score)));
        Assert.True(index.LearnedTopics.Count > 0);
    }

    [Fact]
    public void A_known_topic_with_learned_work_reads_one_list_with_the_same_result_as_the_exhaustive_reference()
    {
        // Terraform is a lexicon topic (not a family): a question on it alone reads its list merged with its learned work.
        var index = ExpertIndex.Build(Organisation("Terraform", "terraform"));
        var query = new ExpertQuery("Terraform", When.AddDays(1), 20);

        var fast = index.Search(query);
        var exhaustive = index.Search(query, exhaustive: true);

        Assert.Contains(fast, m => m.Person.Id == "newcomer");
        Assert.Equal(exhaustive.Select(m => (m.Person.Id, m.Score)), fast.Select(m => (m.Person.Id, m.Score)));
    }

    [Fact]
    public void A_family_of_topics_is_answered_by_its_members_names_not_by_a_learned_vocabulary()
    {
        // Kubernetes gathers AKS, EKS and GKE: what items naming any of them share is phrasing more than substance.
        var organisation = Organisation("Kubernetes", "kubernetes");

        Assert.DoesNotContain(ExpertIndex.Build(organisation).Search("Kubernetes", 20), m => m.Person.Id == "newcomer");
        Assert.Contains(ExpertIndex.Build(organisation).Search("Kubernetes", 20), m => m.Person.Id == "veteran0");
    }

    [Fact]
    public void Work_a_family_and_one_of_its_members_both_show_is_the_familys_work()
    {
        // The newcomer's runbooks never name Kubernetes nor AKS, and show both vocabularies: Kubernetes work.
        var organisation = Organisation("Kubernetes", "kubernetes", colleagues: 40, neighbour: "AKS");

        Assert.Contains(ExpertIndex.Build(organisation).Search("Kubernetes", 20), m => m.Person.Id == "newcomer");
    }

    [Fact]
    public void Work_that_names_a_family_is_the_familys_work_though_no_member_is_named()
    {
        // "We tuned the k8s flux capacitor…": nobody writes AKS, EKS or GKE here, and the items name Kubernetes by its
        // alias. They had been no Kubernetes work, since a family's learned work was only what its members' also was.
        var index = ExpertIndex.Build(Organisation("Kubernetes", "k8s"));
        var asked = QueryTopics.Concepts("Kubernetes", index.Lexicon, useLexicon: true);

        var concept = index.LearnedTopics.ConceptFor("Kubernetes", asked, 0.5f, 1f);

        Assert.NotNull(concept);
        var work = index.LearnedTopics.Lists[index.LearnedTopics.TopicOf(concept)!.Value].Documents;
        Assert.Equal(12, work.Count(item => index.Evidence.Items[item].PersonId.StartsWith("veteran", StringComparison.Ordinal)));
        Assert.DoesNotContain(work, item => index.Evidence.Items[item].PersonId == "newcomer");
    }

    [Fact]
    public async Task A_saved_and_loaded_index_keeps_its_learned_topics()
    {
        var index = ExpertIndex.Build(Organisation());
        using var stream = new MemoryStream();
        await ExpertIndexStore.SaveAsync(index, stream);
        stream.Position = 0;

        var loaded = await ExpertIndexStore.LoadAsync(stream);

        Assert.Equal(index.LearnedTopics.Count, loaded.LearnedTopics.Count);
        Assert.Equal(
            index.Search("quasar", 20).Select(m => (m.Person.Id, m.Score)),
            loaded.Search("quasar", 20).Select(m => (m.Person.Id, m.Score)));
        Assert.Contains(loaded.Search("quasar", 20), m => m.Person.Id == "newcomer");
    }

    [Fact]
    public async Task A_loaded_index_knows_every_item_of_a_learned_topic_not_only_those_a_query_reads()
    {
        // A query reads at most two of a person's items on a topic here; each veteran wrote four.
        var index = ExpertIndex.Build(Organisation(), ExpertiseSettings.Default with { ItemsPerPerson = 1 });
        using var stream = new MemoryStream();
        await ExpertIndexStore.SaveAsync(index, stream);
        stream.Position = 0;

        var loaded = await ExpertIndexStore.LoadAsync(stream);

        var capped = Enumerable.Range(0, index.LearnedTopics.Count).Where(t => index.LearnedTopics.Lists[t].Documents.Length < index.LearnedWork.ItemsOn(t)).ToArray();
        Assert.NotEmpty(capped);
        Assert.All(Enumerable.Range(0, index.LearnedTopics.Count), t =>
        {
            Assert.Equal(index.LearnedWork.ItemsOfTopic(t), loaded.LearnedWork.ItemsOfTopic(t));
            Assert.Equal(index.LearnedTopics.Lists[t].Documents, loaded.LearnedTopics.Lists[t].Documents);
            Assert.Equal(index.LearnedTopics.Lists[t].Scores, loaded.LearnedTopics.Lists[t].Scores);
            Assert.Equal(index.LearnedTopics.Names[t], loaded.LearnedTopics.Names[t]);
        });
        Assert.Contains(loaded.LearnedTopics.Names, n => n.English == "Quasar");
    }

    [Fact]
    public void A_name_the_organisation_writes_with_and_in_it_is_one_topic_not_two()
    {
        // "SIEM and detection engineering" is how these people name their field: asked as written, it is that one
        // topic (its learned work answers, as for any of the organisation's own names), not "SIEM" and
        // "detection engineering" asked together.
        var index = ExpertIndex.Build(Organisation("SIEM and detection engineering", "siem"));

        Assert.Contains(index.Search("SIEM and detection engineering", 20), m => m.Person.Id == "newcomer");

        // Read without the organisation's names, the same words are two topics.
        Assert.Equal([0, 1, 1], QueryTopics.Concepts("SIEM and detection engineering", index.Lexicon, useLexicon: true).Select(c => c.Segment));
        Assert.All(QueryTopics.Concepts("SIEM and detection engineering", index.Lexicon, useLexicon: true, isOwnPhrase: _ => true), c => Assert.Equal(0, c.Segment));
    }

    [Fact]
    public void A_name_of_four_words_the_organisation_gives_its_topic_is_read_as_that_topic_not_as_a_paragraph()
    {
        // "Quasar clinical data standards" is how these people name their field; analysts write "data standards" all
        // day and never Quasar. Read word by word, as a sentence of four words is, those two common words counted in
        // full and listed the analysts, and the topic's learned work (the newcomer's flux and manifold) was not read.
        const string name = ClinicalName;
        var index = ClinicalIndex();

        var found = index.Search(name, 20).Select(m => m.Person.Id).ToArray();

        Assert.DoesNotContain(found, id => id.StartsWith("analyst", StringComparison.Ordinal));
        Assert.Contains("newcomer", found);
        Assert.StartsWith("veteran", found[0], StringComparison.Ordinal);
        Assert.Equal(
            index.Search(name, 20).Select(m => (m.Person.Id, m.Score)),
            index.Search(new ExpertQuery(name, index.LatestTimestamp, 20), exhaustive: true).Select(m => (m.Person.Id, m.Score)));

        // A sentence of as many words that is no name of the organisation's is still read word by word.
        Assert.Contains(index.Search("monthly clinical data standards", 20), m => m.Person.Id.StartsWith("analyst", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_of_four_words_the_organisation_gives_its_topic_is_that_topic_in_a_list_too()
    {
        // The same name as one topic of a list: read word by word, "data" and "standards" counted in full there.
        EvidenceItem[] clusters = [.. Enumerable.Range(0, 3).Select(i => Item($"operator-{i}", "operator", $"Kubernetes upgrade {i}", "Kubernetes node pools drained and upgraded.", EvidenceKinds.Document))];
        var index = ClinicalIndex([new Person { Id = "operator", DisplayName = "Operator" }], clusters);
        const string question = ClinicalName + " and Kubernetes";

        var asked = QueryTopics.Read(question, index.Lexicon, useLexicon: true, isOwnPhrase: index.LearnedTopics.IsPhrase);
        var found = index.Search(question, 20).Select(m => m.Person.Id).ToArray();

        Assert.Equal([ClinicalName, "Kubernetes"], asked.Texts);
        Assert.All(asked.Concepts.Where(c => c.Segment == 0), c => Assert.True(c.Named));
        Assert.DoesNotContain(found, id => id.StartsWith("analyst", StringComparison.Ordinal));
        Assert.Contains("newcomer", found);
        Assert.Equal(
            index.Search(question, 20).Select(m => (m.Person.Id, m.Score)),
            index.Search(new ExpertQuery(question, index.LatestTimestamp, 20), exhaustive: true).Select(m => (m.Person.Id, m.Score)));
    }

    [Fact]
    public void A_topic_of_two_words_names_the_organisations_topic_its_translations_name_in_either_order()
    {
        // « achats stratégiques »: « achat » is procurement (its forms include "sourcing"), « stratégique » "strategic";
        // the organisation names "strategic sourcing", a topic the lexicon does not know.
        var phrases = new Dictionary<string, int> { ["procurement"] = 0, ["strategic sourcing"] = 1 };
        ConceptList[] lists = [new([1, 2], [1f, 1f]), new([3, 4], [1f, 1f])];
        var topics = new LearnedTopics(phrases, ["procurement", null], lists);
        QueryConcept purchasing = new("procurement", [["procurement"], ["achat"], ["sourcing"]]), strategic = new(null, [["strategique"], ["strategic"]]);

        var french = topics.ConceptFor("achats stratégiques", [purchasing, strategic], 0.5f, 1f);
        var unrelated = topics.ConceptFor("achats urgents", [purchasing, new QueryConcept(null, [["urgent"]])], 0.5f, 1f);

        Assert.Equal(1, topics.TopicOf(french!));
        Assert.Equal(1f, french!.Weight);
        Assert.Equal(0, topics.TopicOf(unrelated!));
    }

    [Fact]
    public void A_word_saying_what_kind_of_topic_is_asked_does_not_read_its_own_topics_work()
    {
        // The organisation names "compliance" (AML, KYC, SOX) and "trade compliance": in "export compliance" the word
        // "compliance" says what kind of compliance is asked (QueryConcept.Kind), and compliance's work is not export
        // control's. A phrase of the question with more than its kind, "trade compliance", is still read.
        var phrases = new Dictionary<string, int> { ["compliance"] = 0, ["trade compliance"] = 1 };
        ConceptList[] lists = [new([1, 2], [1f, 1f]), new([3, 4], [1f, 1f])];
        var topics = new LearnedTopics(phrases, [null, null], lists);
        QueryConcept export = new(null, [["export"]]), trade = new(null, [["trade"]]), kind = new(null, [["compliance"], ["conformite"]]) { Kind = true };

        Assert.Null(topics.ConceptFor("export compliance", [export, kind], 0.5f, 1f));
        Assert.Equal(1, topics.TopicOf(topics.ConceptFor("cross-border trade compliance", [new QueryConcept(null, [["cross"]]), new QueryConcept(null, [["border"]]), trade, kind], 0.5f, 1f)!));
        Assert.Equal(0, topics.TopicOf(topics.ConceptFor("export compliance", [export, kind with { Kind = false }], 0.5f, 1f)!));
    }

    [Fact]
    public void A_rare_word_written_in_a_topics_work_asks_for_that_topic()
    {
        // Only the apprentice writes "zorbit", in notes that are Quasar work by their substance: asked "zorbit",
        // the veterans who know Quasar are listed too. A word that is not mostly one topic's work reads no topic.
        var organisation = Organisation();
        var apprentice = new Person { Id = "apprentice", DisplayName = "Apprentice" };
        EvidenceItem[] notes = [.. Enumerable.Range(0, 3).Select(i => Item($"apprentice-{i}", "apprentice", null, $"The zorbit way: flux capacitor, then the manifold pressure, step {i}.", EvidenceKinds.Document))];
        var index = ExpertIndex.Build(organisation with { People = [.. organisation.People, apprentice], Signals = [.. organisation.Signals, .. notes] });
        var withoutLearned = ExpertIndex.Build(
            organisation with { People = [.. organisation.People, apprentice], Signals = [.. organisation.Signals, .. notes] },
            ExpertiseSettings.Default with { LearnedTopicWeight = 0 });

        var found = index.Search("zorbit", 10).Select(m => m.Person.Id).ToArray();

        Assert.Contains("apprentice", found);
        Assert.Contains(found, id => id.StartsWith("veteran", StringComparison.Ordinal));
        Assert.Equal(["apprentice"], withoutLearned.Search("zorbit", 10).Select(m => m.Person.Id));
        Assert.DoesNotContain(index.Search("lunch", 10), m => m.Person.Id.StartsWith("veteran", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rare_word_asked_as_of_an_earlier_moment_reads_only_what_was_written_by_then()
    {
        // The apprentice's "zorbit" notes are written after the moment asked: then, "zorbit" is no topic's work yet.
        var organisation = Organisation();
        var apprentice = new Person { Id = "apprentice", DisplayName = "Apprentice" };
        EvidenceItem[] notes = [.. Enumerable.Range(0, 3).Select(i => Item($"apprentice-{i}", "apprentice", null, $"The zorbit way: flux capacitor, then the manifold pressure, step {i}.", EvidenceKinds.Document) with { Timestamp = When.AddDays(30) })];
        var index = ExpertIndex.Build(organisation with { People = [.. organisation.People, apprentice], Signals = [.. organisation.Signals, .. notes] });

        Assert.Contains(index.Search("zorbit", 10), m => m.Person.Id.StartsWith("veteran", StringComparison.Ordinal));
        Assert.Empty(index.Search(new ExpertQuery("zorbit", When.AddDays(1), 10)));
    }

    // "Quasar clinical data standards" is how the veterans name their field; five analysts write "data standards" all day.
    private const string ClinicalName = "Quasar clinical data standards";

    private static ExpertIndex ClinicalIndex(Person[]? others = null, EvidenceItem[]? theirs = null)
    {
        var organisation = Organisation(ClinicalName, "quasar");
        var analysts = Enumerable.Range(0, 5).Select(a => new Person { Id = $"analyst{a}", DisplayName = $"Analyst {a}" }).ToArray();
        EvidenceItem[] reports = [.. analysts.SelectMany(a => Enumerable.Range(0, 6).Select(i =>
            Item($"{a.Id}-{i}", a.Id, $"Data standards review {i}", "Data standards for the monthly report: data quality, data owners and the standards we keep.", EvidenceKinds.Document)))];
        // Common as "data" is at 100,000 people (in 500,000 of 2.3 million items), in an organisation of 200 items.
        var settings = ExpertiseSettings.Default with { CommonWordShare = 0.08 };
        return ExpertIndex.Build(
            organisation with { People = [.. organisation.People, .. analysts, .. others ?? []], Signals = [.. organisation.Signals, .. reports, .. theirs ?? []] }, settings);
    }

    private static Organisation Organisation(string skill = "Quasar", string word = "quasar", int colleagues = 20, string? neighbour = null, int clique = 0)
    {
        var people = new List<Person>();
        var items = new List<EvidenceItem>();
        for (var v = 0; v < 3; v++)
        {
            var id = $"veteran{v}";
            people.Add(new Person { Id = id, DisplayName = $"Veteran {v}", Skills = [skill] });
            for (var i = 0; i < 4; i++)
            {
                items.Add(Item($"{id}-{i}", id, $"{skill} notes {i}", $"We tuned the {word} flux capacitor and checked the manifold pressure, case {i}.", EvidenceKinds.Document));
            }
        }

        // A neighbouring topic whose people write the same words and one of their own.
        for (var v = 0; neighbour is not null && v < 3; v++)
        {
            var id = $"neighbour{v}";
            people.Add(new Person { Id = id, DisplayName = $"Neighbour {v}", Skills = [neighbour] });
            for (var i = 0; i < 4; i++)
            {
                items.Add(Item($"{id}-{i}", id, $"{neighbour} notes {i}", $"Our {neighbour} flux capacitor, its manifold and the plasma, case {i}.", EvidenceKinds.Document));
            }
        }

        // A clique cheering the topic and one another in short posts.
        for (var c = 0; c < clique; c++)
        {
            var id = $"clique{c}";
            people.Add(new Person { Id = id, DisplayName = $"Clique {c}", Skills = [skill] });
            for (var i = 0; i < 6; i++)
            {
                items.Add(Item($"{id}-{i}", id, null, $"Proud of this crew! Amazing {word} session with @Clique {(c + 1) % clique} #{word} ({i})", EvidenceKinds.Post));
            }
        }

        var plasma = neighbour is not null ? " and the plasma" : string.Empty;
        people.Add(new Person { Id = "newcomer", DisplayName = "Newcomer" });
        for (var i = 0; i < 4; i++)
        {
            items.Add(Item($"newcomer-{i}", "newcomer", null, $"Recalibrated the flux capacitor, then bled the manifold{plasma}; step {i} of the runbook.", EvidenceKinds.Answer));
        }

        people.Add(new Person { Id = "secretive", DisplayName = "Secretive" });
        for (var i = 0; i < 4; i++)
        {
            items.Add(Item($"secretive-{i}", "secretive", null, $"Flux capacitor and manifold settings, draft {i}.", EvidenceKinds.Document) with { Visibility = Visibility.Private });
        }

        for (var p = 0; p < colleagues; p++)
        {
            var id = $"colleague{p}";
            people.Add(new Person { Id = id, DisplayName = $"Colleague {p}" });
            for (var i = 0; i < Office.Length; i++)
            {
                items.Add(Item($"{id}-{i}", id, null, $"{Office[(i + p) % Office.Length]} ({p}, {i})", EvidenceKinds.Message));
            }
        }

        return new Organisation(people, items, []);
    }

    // Everyone listed, however weak, so that scores can be compared with a rule on and off.
    private static readonly ExpertiseSettings Everyone = ExpertiseSettings.Default with { MinimumShareOfBest = 0 };

    private static double ScoreOf(Organisation organisation, ExpertiseSettings settings, string question, string person) =>
        ExpertIndex.Build(organisation, settings).Search(question, 30).Single(m => m.Person.Id == person).Score;

    private static EvidenceItem Item(string id, string person, string? title, string text, string kind) =>
        new() { Id = id, PersonId = person, Timestamp = When, Title = title, Text = text, Kind = kind, Visibility = Visibility.Organization };
}
