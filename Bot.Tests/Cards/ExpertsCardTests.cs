using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Localization;

namespace ExpertBot.Tests.Cards;

public sealed class ExpertsCardTests
{
    private static string AllText(JsonNode node) => node.ToJsonString(ExpertBot.Teams.ActivityJson.Options);

    /// <summary>Every node of a card, depth first.</summary>
    internal static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Nodes(p.Value))),
        JsonArray a => a.SelectMany(Nodes),
        _ => [],
    };

    /// <summary>The top-level container of each person (the body's containers, in order).</summary>
    internal static JsonObject[] Rows(JsonObject card) => [.. card["body"]!.AsArray().OfType<JsonObject>().Where(n => (string?)n["type"] == "Container")];

    private static JsonObject[] Actions(JsonNode node, string type) => [.. Nodes(node).Where(n => (string?)n["type"] == type)];

    [Fact]
    public void Results_card_is_version_1_5_and_names_each_person_with_their_evidence()
    {
        var card = ExpertsCard.Build(CardSamples.Kubernetes(Language.English));
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var text = AllText(card);
        Assert.Contains("Who knows Kubernetes", text, StringComparison.Ordinal);
        Assert.Contains("Alice Martin", text, StringComparison.Ordinal);
        Assert.Contains("(https://contoso.example/sites/platform/runbook.docx)", text, StringComparison.Ordinal);
        Assert.Contains("Ingress migration notes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_person_is_one_compact_line_avatar_name_role_strongest_evidence_availability_and_thanks()
    {
        var row = Rows(ExpertsCard.Build(CardSamples.Compact(Language.English)))[0];

        var columns = row["items"]![0]!["columns"]!.AsArray();
        var avatar = columns[0]!["items"]![0]!;
        Assert.Equal(("Image", "Person", "Small", CardSamples.Png), ((string?)avatar["type"], (string?)avatar["style"], (string?)avatar["size"], (string?)avatar["url"]));
        var lines = columns[1]!["items"]!.AsArray().Select(l => (string)l!["text"]!).ToArray();
        Assert.Equal("Alice Martin", lines[0]);
        Assert.Equal("Platform engineer · Infrastructure", lines[1]);
        Assert.StartsWith("• [Runbook: upgrading the k8s cluster \\[prod\\]](https://contoso.example/sites/platform/runbook.docx) · document · 2 Oct 2026", lines[2], StringComparison.Ordinal);
        Assert.Equal("Out of office until 3 Dec", lines[3]);
        Assert.Equal("Helped 3 colleagues on Kubernetes", lines[4]);
        Assert.Equal(5, lines.Length);
        // The second piece of work and the rest wait behind Why?.
        Assert.DoesNotContain("Ingress migration notes", AllText(columns), StringComparison.Ordinal);
    }

    [Fact]
    public void Why_reveals_a_hidden_section_with_what_they_say_show_who_vouches_and_the_endorse_button()
    {
        var row = Rows(ExpertsCard.Build(CardSamples.Compact(Language.English)))[0];

        var toggle = Assert.Single(Actions(row, "Action.ToggleVisibility"));
        Assert.Equal("Why?", (string?)toggle["title"]);
        var target = Assert.Single(toggle["targetElements"]!.AsArray())!.GetValue<string>();
        var section = Assert.Single(Nodes(row), n => (string?)n["id"] == target);
        Assert.False(section["isVisible"]!.GetValue<bool>());
        var text = AllText(section);
        Assert.Contains("Ingress migration notes", text, StringComparison.Ordinal);
        Assert.Contains("**Says** Kubernetes, Helm", text, StringComparison.Ordinal);
        Assert.Contains("**Vouched for by** 3: Léa Dubois, Sam Taylor", text, StringComparison.Ordinal);
        var endorse = Assert.Single(Actions(section, "Action.Execute"));
        Assert.Equal("endorse", (string?)endorse["verb"]);
        Assert.Equal("p1", (string?)endorse["data"]!["personId"]);
    }

    [Fact]
    public void Toggle_ids_come_from_positions_unique_on_the_card_and_never_from_names()
    {
        var model = CardSamples.Compact(Language.English);
        var card = ExpertsCard.Build(model with { People = [.. model.People.Select(p => p with { Name = "\"><why-0 " + p.Name })] });

        var ids = Nodes(card).Select(n => (string?)n["id"]).OfType<string>().ToArray();
        Assert.Equal(["why-0", "why-1", "why-2"], ids);
        var targets = Actions(card, "Action.ToggleVisibility").Select(t => t["targetElements"]![0]!.GetValue<string>()).ToArray();
        Assert.Equal(ids, targets);
    }

    [Fact]
    public void The_person_just_endorsed_has_their_why_section_open()
    {
        var card = ExpertsCard.Build(CardSamples.Compact(Language.English) with { Expanded = "p2" });

        var open = Nodes(card).Where(n => n["id"] is not null).Select(n => n["isVisible"]!.GetValue<bool>()).ToArray();
        Assert.Equal([false, true, false], open);
    }

    [Fact]
    public void Chat_opens_a_teams_chat_with_the_person_and_the_question_and_is_absent_without_a_upn()
    {
        var rows = Rows(ExpertsCard.Build(CardSamples.Compact(Language.English)));

        var chat = Assert.Single(Actions(rows[0], "Action.OpenUrl"));
        Assert.Equal("Chat", (string?)chat["title"]);
        Assert.Equal(
            "https://teams.microsoft.com/l/chat/0/0?users=alice.martin%40contoso.example&message=who%20knows%20Kubernetes%20%26%20Helm%3F%20%23urgent%20%C2%ABprod%C2%BB",
            (string?)chat["url"]);
        Assert.Single(Actions(rows[1], "Action.OpenUrl"));
        Assert.Empty(Actions(rows[2], "Action.OpenUrl"));
    }

    [Fact]
    public void Unknown_availability_shows_no_line()
    {
        var row = Rows(ExpertsCard.Build(CardSamples.Compact(Language.English)))[2];

        var lines = row["items"]![0]!["columns"]!.AsArray().Last()!["items"]!.AsArray().Select(l => (string)l!["text"]!).ToArray();
        Assert.Equal(["Sam Taylor", "SRE · Operations", "**Says** Kubernetes"], lines);
    }

    [Fact]
    public void More_people_asks_for_the_next_page_of_the_same_question_and_is_absent_on_the_last_page()
    {
        var model = CardSamples.Compact(Language.English) with { Skip = 5, AskedAs = "kubernets" };
        var card = ExpertsCard.Build(model);

        var more = Assert.Single(card["actions"]!.AsArray(), a => (string?)a!["verb"] == "morePeople")!;
        Assert.Equal(("Action.Execute", "More people"), ((string?)more["type"], (string?)more["title"]));
        Assert.Equal("""{"topic":"kubernets","question":"who knows Kubernetes & Helm? #urgent «prod»","skip":8,"lang":"en"}""", AllText(more["data"]!));
        Assert.Contains("People 6 to 8, best first.", AllText(card), StringComparison.Ordinal);

        var last = ExpertsCard.Build(model with { HasMore = false });
        Assert.DoesNotContain(last["actions"]?.AsArray() ?? [], a => (string?)a!["verb"] == "morePeople");
    }

    [Fact]
    public void A_topic_also_read_as_one_of_the_organisations_own_says_so_under_the_title_escaped()
    {
        var model = CardSamples.Compact(Language.English) with
        {
            ReadAs = [new ReadAsNote("OIDC", "OAuth 2.0 and OpenID Connect", ByClaimants: true), new ReadAsNote("*SPO*", "SharePoint [Online]", ByClaimants: false)],
        };
        var body = ExpertsCard.Build(model)["body"]!.AsArray().Select(b => (string?)b!["text"] ?? string.Empty).ToArray();

        Assert.Contains("Also read as OAuth 2.0 and OpenID Connect: the work of colleagues who list \"OIDC\" among their skills or are endorsed for it.", body);
        Assert.Contains("Also read as SharePoint \\[Online\\]: \"\\*SPO\\*\" is mostly written in that work.", body);

        // Before the people, right under the title and subtitle.
        var first = Array.FindIndex(body, t => t.Contains("Also read as", StringComparison.Ordinal));
        Assert.Equal(2, first);

        var french = ExpertsCard.Build(CardSamples.Compact(Language.French) with { ReadAs = [new ReadAsNote("X.509", "Infrastructure à clé publique", ByClaimants: true)] });
        Assert.Contains("Lu aussi comme Infrastructure à clé publique : le travail des collègues qui citent « X.509 » dans leurs compétences ou y sont recommandés.", AllText(french), StringComparison.Ordinal);
        Assert.DoesNotContain("Also read as", AllText(ExpertsCard.Build(CardSamples.Compact(Language.English))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_of_several_topics_says_who_shows_them_all_or_that_nobody_does()
    {
        var model = CardSamples.Compact(Language.English) with { ListedTopics = ["k8s", "*terraform*"] };

        Assert.Contains("Nobody shows both k8s and \\\\*terraform\\\\* in their work: here is who shows either. For the best on one, ask for it alone.", AllText(ExpertsCard.Build(model)), StringComparison.Ordinal);
        Assert.Contains("Show both k8s and \\\\*terraform\\\\* in their work: 2 of these people.", AllText(ExpertsCard.Build(ShowingAll(model, 2))), StringComparison.Ordinal);
        Assert.DoesNotContain("in their work", AllText(ExpertsCard.Build(ShowingAll(model, model.People.Count))), StringComparison.Ordinal);

        // Each row says which of the topics the person's work shows.
        var rows = Rows(ExpertsCard.Build(ShowingAll(model, 2)));
        Assert.Contains("\"Work shows: k8s · \\\\*terraform\\\\*\"", AllText(rows[1]), StringComparison.Ordinal);
        Assert.Contains("\"Work shows: k8s\"", AllText(rows[2]), StringComparison.Ordinal);
        Assert.DoesNotContain("Work shows", AllText(ExpertsCard.Build(CardSamples.Compact(Language.English))), StringComparison.Ordinal);
        Assert.DoesNotContain("in their work", AllText(ExpertsCard.Build(CardSamples.Compact(Language.English))), StringComparison.Ordinal);

        var french = CardSamples.Compact(Language.French) with { ListedTopics = ["RGPD", "droit du travail", "paie"] };
        Assert.Contains("Montrent tous ces sujets dans leur travail (RGPD, droit du travail et paie) : 1 de ces personnes.", AllText(ExpertsCard.Build(ShowingAll(french, 1))), StringComparison.Ordinal);
    }

    private static ExpertsCardModel ShowingAll(ExpertsCardModel model, int count) =>
        model with { People = [.. model.People.Select((p, i) => p with { ShownTopics = i < count ? model.ListedTopics : model.ListedTopics!.Take(1).ToArray() })] };

    [Fact]
    public void When_nobody_listed_shows_every_topic_each_topic_is_offered_alone_in_the_persons_language()
    {
        var model = CardSamples.Compact(Language.English) with { ListedTopics = ["k8s", "*terraform*"] };

        var offers = ExpertsCard.Build(model)["actions"]!.AsArray().Where(a => (string?)a!["verb"] == "oneTopic").ToArray();

        // Titles are plain text (Adaptive Cards renders no markdown in an action's title); the data asks the topic as typed.
        Assert.Equal(["Who knows k8s?", "Who knows *terraform*?"], offers.Select(a => (string?)a!["title"]));
        Assert.Equal(["""{"topic":"k8s","lang":"en"}""", """{"topic":"*terraform*","lang":"en"}"""], offers.Select(a => AllText(a!["data"]!)));
        Assert.All(offers, a => Assert.Equal("Action.Execute", (string?)a!["type"]));

        // Someone listed shows both, or it is one topic: nothing to ask alone.
        Assert.DoesNotContain(ExpertsCard.Build(ShowingAll(model, 1))["actions"]?.AsArray() ?? [], a => (string?)a!["verb"] == "oneTopic");
        Assert.DoesNotContain(ExpertsCard.Build(CardSamples.Compact(Language.English))["actions"]?.AsArray() ?? [], a => (string?)a!["verb"] == "oneTopic");

        // More topics than a question lists (four): no buttons beyond the card's six.
        var five = ExpertsCard.Build(model with { ListedTopics = ["a1", "b2", "c3", "d4", "e5"] });
        Assert.DoesNotContain(five["actions"]?.AsArray() ?? [], a => (string?)a!["verb"] == "oneTopic");
        var four = ExpertsCard.Build(model with { ListedTopics = ["a1", "b2", "c3", "d4"], HasMore = true, CanAsk = true });
        Assert.Equal(6, four["actions"]!.AsArray().Count);

        var french = CardSamples.Compact(Language.French) with { ListedTopics = ["RGPD", "droit du travail"] };
        var card = ExpertsCard.Build(french);
        Assert.Contains("voici qui montre l'un ou l'autre. Pour les meilleurs sur un seul, demandez-le seul.", AllText(card), StringComparison.Ordinal);
        Assert.Equal(["Qui connaît RGPD ?", "Qui connaît droit du travail ?"], card["actions"]!.AsArray().Where(a => (string?)a!["verb"] == "oneTopic").Select(a => (string?)a!["title"]));

        // A long topic is clipped on its button, and asked whole.
        var topic = string.Concat(Enumerable.Repeat("observability ", 12)).Trim();
        var clipped = ExpertsCard.Build(model with { ListedTopics = ["k8s", topic] })["actions"]!.AsArray().Last(a => (string?)a!["verb"] == "oneTopic")!;
        Assert.True(((string?)clipped["title"])!.Length < 60, (string?)clipped["title"]);
        Assert.Equal(topic, (string?)clipped["data"]!["topic"]);
    }

    [Fact]
    public void Nobody_fits_offers_the_broader_topic_as_a_question_in_the_persons_language()
    {
        Assert.Null(ExpertsCard.NoMatch("PostgreSQL", Language.English)["actions"]);

        var card = ExpertsCard.Build(new ExpertsCardModel("PostgreSQL", [], Language.French) { Broader = "Bases de données" });

        Assert.Contains("Le sujet plus large, Bases de données, trouve des personnes", AllText(card), StringComparison.Ordinal);
        var offer = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal(("Action.Execute", "broaderTopic", "Qui connaît Bases de données ?"), ((string?)offer["type"], (string?)offer["verb"], (string?)offer["title"]));
        Assert.Equal("""{"topic":"Bases de données","lang":"fr"}""", AllText(offer["data"]!));
    }

    [Fact]
    public void Ask_them_is_offered_only_when_the_card_may_route_the_question()
    {
        var model = CardSamples.Compact(Language.English);

        var ask = Assert.Single(ExpertsCard.Build(model)["actions"]!.AsArray(), a => (string?)a!["verb"] == "askExperts")!;
        Assert.Equal("Ask them", (string?)ask["title"]);
        Assert.Equal("""{"topic":"Kubernetes","question":"who knows Kubernetes & Helm? #urgent «prod»","lang":"en"}""", AllText(ask["data"]!));
        Assert.DoesNotContain(ExpertsCard.Build(model with { CanAsk = false })["actions"]!.AsArray(), a => (string?)a!["verb"] == "askExperts");
    }

    [Fact]
    public void French_card_uses_french_labels()
    {
        var text = AllText(ExpertsCard.Build(CardSamples.Compact(Language.French)));

        foreach (var label in new[] { "Qui connaît Kubernetes", "Discuter", "Pourquoi ?", "Plus de personnes", "Leur demander", "Absent·e jusqu'au 3 déc.", "Occupé·e", "A aidé 3 collègues sur Kubernetes", "**Montre**", "Recommander pour Kubernetes", "2 oct. 2026" })
        {
            Assert.Contains(label, text, StringComparison.Ordinal);
        }

        foreach (var english in new[] { "Who knows", "\"Chat\"", "Why?", "More people", "Ask them", "Out of office", "Busy", "Helped", "Endorse for" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Markdown_in_names_and_titles_is_escaped_so_it_cannot_forge_links()
    {
        var text = AllText(ExpertsCard.Build(CardSamples.Kubernetes(Language.English)));
        Assert.Contains(@"Jean\\_Dupont \\*", text, StringComparison.Ordinal);
        Assert.Contains(@"cluster \\[prod\\]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_people_gives_an_honest_no_match_card_not_an_empty_list()
    {
        var text = AllText(ExpertsCard.Build(new ExpertsCardModel("basket weaving", [], Language.English)));
        Assert.Contains("Nobody fits", text, StringComparison.Ordinal);
    }
}
