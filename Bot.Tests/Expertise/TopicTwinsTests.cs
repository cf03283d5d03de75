using ExpertBot.Expertise;

namespace ExpertBot.Tests.Expertise;

/// <summary>
/// A topic the organisation names in French and the same topic named in English (by other people) read each other's
/// work. The topic is invented ("astrolabe calibration", its jargon "alidade", "vernier", …) so that nothing curated
/// can know it: only the shared jargon pairs the two names.
/// </summary>
public sealed class TopicTwinsTests
{
    private static readonly DateTimeOffset When = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Jargon =
        ["alidade", "vernier", "limbus", "azimuth", "collimator", "graticule", "nonius", "dioptra", "gnomon", "astrolabium", "zenithal", "meridional"];

    [Fact]
    public void A_topic_named_in_french_finds_those_who_name_it_in_english_and_the_other_way_round()
    {
        var index = ExpertIndex.Build(Organisation());

        var french = index.Search(new ExpertQuery("Calibrage des astrolabes", When, 20)).Select(m => m.Person.Id).ToList();
        var english = index.Search(new ExpertQuery("Sextant tuning", When, 20)).Select(m => m.Person.Id).ToList();

        // Each English item shows two words of the jargon: too few to be the French topic's work without naming it.
        string[] everyone = ["en0", "en1", "en2", "en3", "en4", "fr0", "fr1", "fr2", "fr3", "fr4"];
        Assert.Equal(everyone, french.Order());
        Assert.Equal(everyone, english.Order());
        Assert.StartsWith("fr", french[0], StringComparison.Ordinal);
        Assert.StartsWith("en", english[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Twins_are_a_french_name_and_an_english_one_each_the_others_closest_in_vocabulary()
    {
        int[] words = [.. Enumerable.Range(0, 12)];
        string[] names = ["Calibrage des astrolabes", "Sextant tuning", "Sextant maintenance", "Réglage des sextants", "Tide tables"];
        int[][] vocabularies =
        [
            words,                          // 0, French
            words,                          // 1, English: its twin
            [.. words[..9], 20, 21, 22],    // 2, English: shares 9 of 12 with 0, but 0's closest is 1
            [.. words[..5], 30, 31, 32, 33, 34, 35, 36], // 3, French: shares 5 of 12 with 1, too few
            [40, 41, 42],                   // 4, English: too small a vocabulary to pair
        ];

        Assert.Equal([(0, 1)], TopicTwins.Of(names, vocabularies));
        Assert.True(TopicTwins.IsFrench("Réglage des sextants"));
        Assert.True(TopicTwins.IsFrench("Gestion d'entrepôt"));
        Assert.False(TopicTwins.IsFrench("Sextant tuning"));
        Assert.False(TopicTwins.IsFrench("Delta Lake"));
    }

    [Fact]
    public void A_topic_a_few_name_in_french_reads_the_work_of_those_who_name_it_in_english()
    {
        // Four French writers name « Étalonnage des astrolabes » in their French notes, with French jargon, and "Sextant
        // tuning" in their English ones; twenty English writers name only "Sextant tuning". The French phrase is too
        // small a share of the English one's people to merge as a phrase does, and its words are not the English ones.
        var index = ExpertIndex.Build(SpokenOrganisation());

        var found = index.Search(new ExpertQuery("Étalonnage des astrolabes", When, 40)).Select(m => m.Person.Id).ToList();

        Assert.All(Enumerable.Range(0, 4), p => Assert.Contains($"fr{p}", found));
        Assert.True(found.Count(id => id.StartsWith("en", StringComparison.Ordinal)) >= 15, string.Join(", ", found));
        Assert.DoesNotContain(found, id => id.StartsWith("colleague", StringComparison.Ordinal));
    }

    [Fact]
    public void Twins_by_people_pair_a_french_name_with_the_english_one_its_people_name_not_a_broad_one()
    {
        string[] names = ["Réponse aux incidents", "incident response", "services", "marques", "OIDC", "OAuth", "Contrôle de gestion"];
        bool[] known = [false, false, false, false, false, false, true];
        var french = new HashSet<string>(["f1", "f2", "f3", "f4", "f5", "f6", "g1", "g2", "g3"], StringComparer.Ordinal);
        var other = new HashSet<string>(Enumerable.Range(0, 40).Select(i => $"e{i}"), StringComparer.Ordinal);
        static HashSet<string> People(IEnumerable<string> ids) => new(ids, StringComparer.Ordinal);
        static IEnumerable<string> English(int count) => Enumerable.Range(0, count).Select(i => $"e{i}");
        HashSet<string>[] people =
        [
            People(["f1", "f2", "f3", "f4"]),                                  // 0: French by its name
            People(["f1", "f2", "f3", "x1", "x2", "x3", .. English(10)]),       // 1: its twin (x: language not known)
            People(["f1", "f2", "f3", "f4", "f5", "f6", "g1", "g2", "g3", .. English(39)]), // 2: named by most at work
            People(["f1", "f2", "f3", "f4", "f5", "f6"]),                      // 3: an English-looking word French writers write
            People(["g1", "g2", "g3"]),                                        // 4: French by who writes it
            People(["g1", "g2", "g3", "e12", "e13", "e14"]),                   // 5: its twin
            People(["f1", "f2", "f3", "f4"]),                                  // 6: the lexicon's, which names its topics in French itself
        ];

        // Of 400 people at work. "marques" shares all of 0's people and few others: were it English it would be the twin.
        Assert.Equal([(0, 1), (4, 5)], TopicTwins.OfPeople(names, known, people, french, other, working: 400));

        // Of 60, naming "incident response" (16 people) or OAuth is not rare enough to say anything.
        Assert.Empty(TopicTwins.OfPeople(names, known, people, french, other, working: 60));
    }

    private static Organisation SpokenOrganisation()
    {
        string[] frenchJargon = ["alidade", "limbe", "nonius", "dioptre", "gnomon", "réticule"];
        string[] englishJargon = ["collimator", "graticule", "vernier", "azimuth", "zenith", "meridian", "bezel", "reticle", "micrometer", "horizon", "declination", "parallax"];
        var people = new List<Person>();
        var items = new List<EvidenceItem>();
        for (var p = 0; p < 4; p++)
        {
            var id = $"fr{p}";
            people.Add(new Person { Id = id, DisplayName = $"FR {p}", PreferredLanguage = "fr-FR", Skills = ["Étalonnage des astrolabes"] });
            items.Add(Item($"{id}-0", id, "Étalonnage des astrolabes : notes", $"{frenchJargon[p]} {frenchJargon[(p + 1) % 6]} et le {frenchJargon[(p + 2) % 6]}"));
            items.Add(Item($"{id}-1", id, "Étalonnage des astrolabes, suite", $"{frenchJargon[(p + 3) % 6]} puis {frenchJargon[(p + 4) % 6]}"));
            items.Add(Item($"{id}-2", id, "Sextant tuning for the Lyon team", $"{englishJargon[p]} and {englishJargon[(p + 1) % 6]}"));
        }

        for (var p = 0; p < 20; p++)
        {
            var id = $"en{p}";
            people.Add(new Person { Id = id, DisplayName = $"EN {p}", PreferredLanguage = "en-GB", Skills = ["Sextant tuning"] });
            items.Add(Item($"{id}-0", id, "Sextant tuning runbook", $"{englishJargon[p % 12]} {englishJargon[(p + 1) % 12]} {englishJargon[(p + 2) % 12]}"));
            items.Add(Item($"{id}-1", id, "Sextant tuning review", $"{englishJargon[(p + 3) % 12]} then {englishJargon[(p + 4) % 12]}"));
            items.Add(Item($"{id}-2", id, "Notes on sextant tuning", $"{englishJargon[(p + 5) % 12]} with {englishJargon[(p + 6) % 12]}"));
        }

        // Colleagues at work on other things, in both languages: how many people work sets how telling a shared name is,
        // and how many items how telling a word is of a topic (TopicVocabulary.MinLift).
        for (var p = 0; p < 400; p++)
        {
            var id = $"colleague{p}";
            people.Add(new Person { Id = id, DisplayName = $"Colleague {p}", PreferredLanguage = p % 4 == 0 ? "fr-FR" : "en-US" });
            for (var i = 0; i < 3; i++)
            {
                items.Add(Item($"{id}-{i}", id, null, p % 4 == 0 ? $"revue du budget et note de frais {p} {i}" : $"budget review travel policy printer toner rota {p} {i}"));
            }
        }

        return new Organisation(people, items, []);
    }

    private static Organisation Organisation()
    {
        var people = new List<Person>();
        var items = new List<EvidenceItem>();

        // Five people name the topic in French, five in English (their skill and their titles); every item uses two
        // words of the same jargon, each word three or four times in each language.
        foreach (var (prefix, name) in new[] { ("fr", "Calibrage des astrolabes"), ("en", "Sextant tuning") })
        {
            for (var p = 0; p < 5; p++)
            {
                var id = $"{prefix}{p}";
                people.Add(new Person { Id = id, DisplayName = $"{prefix.ToUpperInvariant()} {p}", Skills = [name] });
                for (var i = 0; i < 4; i++)
                {
                    var k = (p * 4) + i;
                    var text = $"{Jargon[(2 * k) % Jargon.Length]} {Jargon[((2 * k) + 1) % Jargon.Length]}";
                    items.Add(Item($"{id}-{i}", id, $"{name} {i}", text));
                }
            }
        }

        // Colleagues whose office chatter sets how rare the jargon is.
        for (var p = 0; p < 60; p++)
        {
            var id = $"colleague{p}";
            people.Add(new Person { Id = id, DisplayName = $"Colleague {p}" });
            for (var i = 0; i < 8; i++)
            {
                items.Add(Item($"{id}-{i}", id, null, $"budget review travel policy printer toner rota {p} {i}"));
            }
        }

        return new Organisation(people, items, []);
    }

    private static EvidenceItem Item(string id, string person, string? title, string text) =>
        new() { Id = id, PersonId = person, Timestamp = When, Title = title, Text = text, Kind = EvidenceKinds.Document, Visibility = Visibility.Organization };
}
