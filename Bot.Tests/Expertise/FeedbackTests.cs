using ExpertBot.Expertise;
using static ExpertBot.Tests.Expertise.EvidenceFixture;

namespace ExpertBot.Tests.Expertise;

/// <summary>Pseudo-relevance feedback, off by default: what it learns from, and from what not.</summary>
public sealed class FeedbackTests
{
    // Feedback is off by default; switched on, a question of one topic reads the words its best work shares. In an
    // organisation of about 130 items, a word in at most six of them is neither everywhere nor office filler.
    private static readonly ExpertiseSettings Feedback = ExpertiseSettings.Default with { FeedbackWeight = 0.6, CommonWordShare = 0.05 };

    private static EvidenceItem[] Chatter() => [.. Enumerable.Range(0, 120).Select(i => Item($"c{i}", "z", $"Canteen menu and parking notice {i}"))];

    [Fact]
    public void Feedback_finds_work_that_shares_the_words_of_the_best_work_on_a_topic_few_name()
    {
        var organisation = new Organisation(
            [P("a", "Eloqua Admin"), P("b", "Nurture Builder"), P("z", "Zed")],
            [
                Item("a1", "a", "Eloqua nurture programs and lead scoring"),
                Item("a2", "a", "Eloqua lead scoring thresholds for nurture programs"),
                Item("a3", "a", "Eloqua form handlers, nurture programs, lead scoring"),
                Item("b1", "b", "Nurture programs: lead scoring review"),
                Item("b2", "b", "Lead scoring and nurture programs for the spring campaign"),
                .. Chatter(),
            ],
            []);

        Assert.DoesNotContain("Nurture Builder", Ask(ExpertIndex.Build(organisation), "Eloqua"));
        Assert.Equal(["Eloqua Admin", "Nurture Builder"], Ask(ExpertIndex.Build(organisation, Feedback), "Eloqua"));
    }

    [Fact]
    public void Feedback_is_learned_from_work_not_from_posts_that_announce_a_topic()
    {
        // Only a clique's posts name the topic: their words ("synergy", "rockstar") must not become the topic's.
        var organisation = new Organisation(
            [P("p", "Poster"), P("q", "Other Poster"), P("r", "Synergy Writer"), P("z", "Zed")],
            [
                Item("p1", "p", "Eloqua synergy rockstar launch", EvidenceKinds.Post),
                Item("p2", "p", "Eloqua synergy rockstar wins", EvidenceKinds.Post),
                Item("q1", "q", "Eloqua synergy rockstar team", EvidenceKinds.Post),
                Item("r1", "r", "Synergy rockstar offsite agenda"),
                Item("r2", "r", "Synergy rockstar awards shortlist"),
                .. Chatter(),
            ],
            []);

        Assert.DoesNotContain("Synergy Writer", Ask(ExpertIndex.Build(organisation, Feedback), "Eloqua"));
    }
}
