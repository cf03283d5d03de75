using ExpertBot.Digest;
using ExpertBot.Expertise;
using ExpertBot.Localization;

namespace ExpertBot.Tests.Digest;

/// <summary>Who rises and who does not, on small literal organisations.</summary>
public sealed class RiserDetectorTests
{
    private static DigestExamples NewExpert(DigestExamples org, string id = "nina") =>
        org.Person(id).Item(id, 2).Item(id, 9).Item(id, 16, EvidenceKinds.Answer).Item(id, 23);

    private static IEnumerable<string> Featured(DigestResult result) => result.Topics.SelectMany(t => t.Risers).Select(r => r.Person.Id);

    [Fact]
    public void A_new_expert_with_several_items_over_several_weeks_rises_with_a_reason()
    {
        var result = NewExpert(new DigestExamples()).Endorse("olga", "nina", 5).Person("olga").Detect();

        var topic = Assert.Single(result.Topics);
        var riser = Assert.Single(topic.Risers);
        Assert.Equal(("Kubernetes", "nina", true, 1), (topic.Topic, riser.Person.Id, riser.IsNewcomer, riser.Endorsements));
        Assert.Equal("3 new documents, 1 answer and 1 endorsement on Kubernetes in the last six weeks — new to this topic", RiserReason.Format(riser, topic.Topic, Language.English));
        Assert.Equal("3 nouveaux documents, 1 réponse et 1 recommandation sur Kubernetes ces six dernières semaines — nouveau sur ce sujet", RiserReason.Format(riser, topic.Topic, Language.French));
        Assert.All(riser.Evidence, e => Assert.StartsWith("https://contoso.example/", e.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void A_steady_expert_active_lately_does_not_rise()
    {
        var org = new DigestExamples().Person("sam");
        for (var day = 1; day < 700; day += 10)
        {
            org.Item("sam", day);
        }

        Assert.Empty(org.Detect().Topics);
    }

    [Fact]
    public void One_viral_post_does_not_rise_however_many_endorse_it()
    {
        var org = new DigestExamples().Person("vic").Item("vic", 2, EvidenceKinds.Post);
        for (var i = 0; i < 10; i++)
        {
            org.Person($"fan{i}").Endorse($"fan{i}", "vic", 1);
        }

        Assert.Empty(org.Detect().Topics);
    }

    [Fact]
    public void A_single_busy_week_does_not_rise()
    {
        var org = new DigestExamples().Person("bea");
        for (var i = 0; i < 6; i++)
        {
            org.Item("bea", 1 + (i * 0.5));
        }

        Assert.Empty(org.Detect().Topics);
    }

    [Fact]
    public void A_self_promoter_who_claims_the_skill_without_work_does_not_rise()
    {
        var org = new DigestExamples().Person("pat", null, "Kubernetes", "Terraform").Item("pat", 3, EvidenceKinds.Post).Person("kim").Endorse("kim", "pat", 2);

        Assert.Empty(org.Detect().Topics);
    }

    [Fact]
    public void A_ring_vouching_for_itself_does_not_rise_and_adds_nothing_to_a_real_riser()
    {
        string[] ring = ["r1", "r2", "r3", "r4"];
        var org = NewExpert(new DigestExamples());
        foreach (var member in ring)
        {
            org.Person(member);
        }

        foreach (var a in ring.Append("nina"))
        {
            foreach (var b in ring.Append("nina"))
            {
                if (a != b)
                {
                    org.Endorse(a, b, 3);
                }
            }
        }

        var result = org.Detect();

        var riser = Assert.Single(Assert.Single(result.Topics).Risers);
        Assert.Equal(("nina", 0), (riser.Person.Id, riser.Endorsements));
    }

    [Fact]
    public void Private_items_never_count_and_never_appear()
    {
        var org = new DigestExamples().Person("priv");
        foreach (var day in new[] { 2, 9, 16, 23 })
        {
            org.Item("priv", day, visibility: Visibility.Private);
        }

        org.Person("mix").Item("mix", 3).Item("mix", 10).Item("mix", 17).Item("mix", 24)
            .Item("mix", 4, visibility: Visibility.Private).Item("mix", 11, visibility: Visibility.Private);

        var riser = Assert.Single(Assert.Single(org.Detect().Topics).Risers);
        Assert.Equal("mix", riser.Person.Id);
        Assert.Equal(4, riser.ItemCount);
        Assert.All(riser.Evidence, e => Assert.Equal(Visibility.Organization, e.Visibility));
    }

    [Fact]
    public void Being_named_in_meetings_weighs_little_and_never_makes_a_riser()
    {
        var org = new DigestExamples().Person("max");
        foreach (var day in new[] { 1, 4, 8, 12, 15, 19, 22, 26 })
        {
            org.Item("max", day, EvidenceKinds.Meeting);
        }

        Assert.Empty(org.Detect().Topics);
    }

    [Fact]
    public void An_established_expert_with_a_good_month_is_not_news()
    {
        var org = new DigestExamples().Person("eve");
        foreach (var day in new[] { 120, 200, 260, 330, 400, 3, 11, 19 })
        {
            org.Item("eve", day);
        }

        Assert.Empty(org.Detect().Topics);
    }

    [Fact]
    public void Not_featured_hidden_and_forgotten_people_are_never_featured()
    {
        var org = NewExpert(NewExpert(NewExpert(new DigestExamples(), "nina"), "hugo"), "zoe");

        var result = org.Detect("hugo", "zoe");

        Assert.Equal(["nina"], Featured(result));
    }
}
