using ExpertBot.Expertise;
using static ExpertBot.Tests.Expertise.EvidenceFixture;

namespace ExpertBot.Tests.Expertise;

/// <summary>The index's data (<see cref="IndexedEvidence"/>): items grouped by owner, and how an item is weighed as of a moment.</summary>
public sealed class IndexedEvidenceTests
{
    private static readonly ExpertiseSettings Settings = ExpertiseSettings.Default;

    [Fact]
    public void Items_not_grouped_by_owner_are_refused_since_a_query_adds_people_up_in_one_pass_over_them()
    {
        var error = Assert.Throws<ArgumentException>(() => Evidence([0, 1, 0], [1, 1, 1], [0, 0, 0]));

        Assert.Contains("grouped by owner", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_persons_items_are_theirs_and_an_item_weighs_its_kind_when_new_and_its_lasting_part_when_old()
    {
        var newest = Now.UtcTicks;
        var old = Now.AddDays(-2 * 365.25 * Settings.HalfLifeYears).UtcTicks; // two half-lives
        var evidence = Evidence([0, 0, 1], [1f, 0.5f, 1f], [old, newest, newest]);

        Assert.Equal([0, 1], evidence.ItemsOf(0).ToArray());
        Assert.Equal([2], evidence.ItemsOf(1).ToArray());
        Assert.Equal(Now, evidence.LatestTimestamp);

        // As of the newest item (fading 1): a new item counts its whole weight; one two half-lives old, its lasting
        // part and a quarter of the rest.
        var floor = (float)Settings.RecencyFloor;
        Assert.Equal(0.5f, Weighed(evidence, 1), 5);
        Assert.Equal(floor + ((1 - floor) / 4), Weighed(evidence, 0), 4);

        // A year after the newest item, the fading part of every item shrinks by one factor.
        var later = (float)Math.Pow(2, -1 / Settings.HalfLifeYears);
        Assert.Equal(0.5f * ((float)Settings.RecencyFloor + ((1 - (float)Settings.RecencyFloor) * later)), evidence.Weigh(1f, evidence.ItemFacts[1], evidence.ItemClass[1], later), 5);
    }

    private static float Weighed(IndexedEvidence evidence, int item) => evidence.Weigh(1f, evidence.ItemFacts[item], evidence.ItemClass[item], fading: 1);

    private static IndexedEvidence Evidence(int[] owners, float[] weights, long[] ticks)
    {
        var items = owners.Select((owner, i) => Item($"i{i}", $"p{owner}", $"note {i}")).ToArray();
        var field = new InvertedField.Builder();
        foreach (var _ in items)
        {
            field.Add(new Dictionary<string, float>(StringComparer.Ordinal) { ["note"] = 1 }, 1);
        }

        var people = new[] { P("p0", "Ann"), P("p1", "Bob") };
        var profiles = new InvertedField.Builder();
        foreach (var _ in people)
        {
            profiles.Add([], 0);
        }

        return new IndexedEvidence(
            people, items, new Excerpts.Builder(items.Length).Build(), owners, weights, ticks, new bool[items.Length],
            field.Build(Settings.Bm25), profiles.Build(Settings.Bm25), Settings);
    }
}
