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
