using ExpertBot.Demo;
using ExpertBot.Expertise;

namespace ExpertBot.Tests.Demo;

public sealed class SyntheticOrganisationTests(GeneratedOrganisationFixture fixture) : IClassFixture<GeneratedOrganisationFixture>
{
    private static readonly DateTimeOffset RiserWindowStart = GeneratedOrganisationFixture.AsOf.AddDays(-28);

    [Fact]
    public async Task The_same_seed_writes_byte_identical_files()
    {
        var options = new SyntheticOrganisationOptions { People = 300, Seed = 11 };
        var first = Directory.CreateTempSubdirectory("expertbot-gen-");
        var second = Directory.CreateTempSubdirectory("expertbot-gen-");
        try
        {
            await SyntheticOrganisationFiles.WriteAsync(first.FullName, SyntheticOrganisation.Generate(options));
            await SyntheticOrganisationFiles.WriteAsync(second.FullName, SyntheticOrganisation.Generate(options));

            var names = first.GetFiles().Select(f => f.Name).Order().ToArray();
            Assert.Equal(["endorsements.jsonl", "people.jsonl", "queries.jsonl", "risers.jsonl", "roles.jsonl", "signals.jsonl"], names);
            foreach (var name in names)
            {
                var a = await File.ReadAllBytesAsync(Path.Combine(first.FullName, name));
                var b = await File.ReadAllBytesAsync(Path.Combine(second.FullName, name));
                Assert.True(a.SequenceEqual(b), $"{name} differs between two runs with the same seed");
            }
        }
        finally
        {
            first.Delete(recursive: true);
            second.Delete(recursive: true);
        }
    }

    [Fact]
    public void Different_seeds_give_different_people()
    {
        var a = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 50, Seed = 1 });
        var b = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 50, Seed = 2 });
        Assert.NotEqual(a.Organisation.People[0].Id, b.Organisation.People[0].Id);
    }

    [Fact]
    public void Every_relevant_person_has_visible_authored_work_naming_the_topic()
    {
        foreach (var query in fixture.Result.Queries)
        {
            var topic = TopicMentions.TopicOf(query);
            Assert.NotEmpty(query.Relevant);
            foreach (var personId in query.Relevant.Keys)
            {
                Assert.True(
                    fixture.ItemsByPerson[personId].Any(i => i.IsVisibleAuthoredWork() && i.Mentions(topic)),
                    $"{personId} is relevant for {query.Id} without visible work on {topic.Name}");
            }
        }
    }

    [Fact]
    public void People_outside_the_ground_truth_have_at_most_one_visible_item_on_the_topic()
    {
        // Guards the vocabulary and the everyday chatter: a stray topic name would make an unplanted expert.
        foreach (var topic in TopicCatalogue.All)
        {
            var relevant = fixture.RelevantFor(topic);
            foreach (var person in fixture.Result.Organisation.People.Where(p => !relevant.ContainsKey(p.Id)))
            {
                var count = fixture.ItemsByPerson[person.Id].Count(i => i.IsVisibleAuthoredWork() && i.Mentions(topic));
                Assert.True(count <= 1, $"{person.DisplayName} has {count} items on {topic.Name} but is not in its ground truth");
            }
        }
    }

    [Fact]
    public void Queries_cover_every_topic_in_every_group()
    {
        var groups = fixture.Result.Queries.GroupBy(TopicMentions.TopicOf).ToArray();
        Assert.Equal(TopicCatalogue.All.Count, groups.Length);
        foreach (var group in groups)
        {
            Assert.Equal(
                ["alias", "canonical", "french", "sentence-en", "sentence-fr"],
                group.Select(q => q.Group).Distinct().Order());
        }

        Assert.Contains(fixture.Result.Queries, q => q.Text == "k8s");
        Assert.Contains(fixture.Result.Queries, q => q.Text == "droit du travail");
        Assert.Contains(fixture.Result.Queries, q => q.Group == "sentence-fr" && q.Text.Contains("RGPD", StringComparison.Ordinal));
        Assert.Equal(fixture.Result.Queries.Count, fixture.Result.Queries.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public void Self_promoters_declare_ten_or_more_skills_and_have_almost_no_work_on_them()
    {
        var promoters = fixture.RolesByName[PlantedRoles.SelfPromoter].GroupBy(r => r.PersonId).ToArray();
        Assert.NotEmpty(promoters);
        foreach (var promoter in promoters)
        {
            Assert.True(fixture.People[promoter.Key].Skills.Count >= 10);
            Assert.False(string.IsNullOrEmpty(fixture.People[promoter.Key].AboutMe));
            var claimed = promoter.Select(r => TopicMentions.TopicNamed(r.Topic!)).ToArray();
            var work = fixture.ItemsByPerson[promoter.Key].Count(i => i.IsVisibleAuthoredWork() && claimed.Any(t => i.Mentions(t)));
            Assert.True(work <= 1, $"self-promoter {promoter.Key} has {work} items on claimed topics");
            Assert.All(claimed, t => Assert.False(fixture.RelevantFor(t).ContainsKey(promoter.Key)));
        }
    }

    [Fact]
    public void Ring_members_endorse_each_other_reciprocally_on_topics_they_have_no_work_in()
    {
        var ringRoles = fixture.RolesByName[PlantedRoles.RingMember].ToArray();
        Assert.NotEmpty(ringRoles);
        var members = ringRoles.Select(r => (r.PersonId, r.Topic!)).ToHashSet();
        var endorsements = fixture.Result.Organisation.Endorsements;
        var canonical = endorsements.ToHashSet(new EndorsementByCanonicalTopic());

        foreach (var (personId, topicName) in members)
        {
            var topic = TopicMentions.TopicNamed(topicName);
            var given = endorsements
                .Where(e => e.EndorserId == personId && members.Contains((e.EndorseeId, topicName)) && topic.SurfaceForms.Contains(e.Topic, StringComparer.OrdinalIgnoreCase))
                .ToArray();
            Assert.True(given.Length >= 2, $"ring member {personId} endorses {given.Length} others on {topicName}");
            Assert.All(given, e => Assert.Contains(new Endorsement(e.EndorseeId, e.EndorserId, topicName, e.Timestamp), canonical));
            Assert.False(fixture.RelevantFor(topic).ContainsKey(personId));
            Assert.DoesNotContain(fixture.ItemsByPerson[personId], i => i.IsVisibleAuthoredWork() && i.Mentions(topic) && i.Kind != EvidenceKinds.Post);
        }

        Assert.NotEmpty(fixture.RolesByName[PlantedRoles.DecoyRing]);
    }

    [Fact]
    public void Managers_are_named_in_meetings_on_their_team_topics_but_are_never_relevant_for_them()
    {
        var managers = fixture.RolesByName[PlantedRoles.Manager].ToArray();
        Assert.NotEmpty(managers);
        foreach (var role in managers)
        {
            var topic = TopicMentions.TopicNamed(role.Topic!);
            Assert.False(fixture.RelevantFor(topic).ContainsKey(role.PersonId));
            Assert.DoesNotContain(fixture.ItemsByPerson[role.PersonId], i => i.IsVisibleAuthoredWork() && i.Mentions(topic));
        }

        Assert.Contains(managers, r => fixture.ItemsByPerson[r.PersonId].Any(i => i.Kind == EvidenceKinds.Meeting && i.Mentions(TopicMentions.TopicNamed(r.Topic!))));
    }

    [Fact]
    public void Private_items_exist_and_some_experts_have_both_private_and_visible_work()
    {
        var signals = fixture.Result.Organisation.Signals;
        Assert.Contains(signals, s => s.Visibility == Visibility.Private && (s.Title ?? "").Contains("confidential", StringComparison.OrdinalIgnoreCase));
        var partlyPrivate = fixture.RolesByName[PlantedRoles.PartlyPrivate].ToArray();
        Assert.NotEmpty(partlyPrivate);
        Assert.Contains(partlyPrivate, r => fixture.ItemsByPerson[r.PersonId].Any(i => i.Visibility == Visibility.Private && i.Mentions(TopicMentions.TopicNamed(r.Topic!))));
        foreach (var role in fixture.RolesByName[PlantedRoles.PrivateOnly])
        {
            Assert.False(fixture.RelevantFor(TopicMentions.TopicNamed(role.Topic!)).ContainsKey(role.PersonId));
        }
    }

    [Fact]
    public void Risers_have_no_work_on_the_topic_before_the_last_four_weeks_and_several_items_after()
    {
        Assert.NotEmpty(fixture.Result.Risers);
        foreach (var riser in fixture.Result.Risers)
        {
            var topic = TopicMentions.TopicNamed(riser.Topic);
            var onTopic = fixture.ItemsByPerson[riser.PersonId].Where(i => i.Mentions(topic)).ToArray();
            Assert.DoesNotContain(onTopic, i => i.Timestamp < RiserWindowStart);
            Assert.True(onTopic.Count(i => i.IsVisibleAuthoredWork()) >= 3, $"riser {riser.PersonId} has {onTopic.Length} items on {topic.Name}");
            Assert.All(onTopic, i => Assert.True(i.Timestamp <= GeneratedOrganisationFixture.AsOf));
        }
    }

    [Fact]
    public void Digest_decoys_are_a_one_off_post_and_steady_experts_with_a_long_history()
    {
        foreach (var viral in fixture.RolesByName[PlantedRoles.DecoyViral])
        {
            var items = fixture.ItemsByPerson[viral.PersonId].Where(i => i.Mentions(TopicMentions.TopicNamed(viral.Topic!))).ToArray();
            var post = Assert.Single(items);
            Assert.Equal(EvidenceKinds.Post, post.Kind);
            Assert.True(post.Timestamp >= GeneratedOrganisationFixture.AsOf.AddDays(-7));
        }

        var steady = fixture.RolesByName[PlantedRoles.DecoySteady].ToArray();
        Assert.NotEmpty(steady);
        foreach (var role in steady)
        {
            var items = fixture.ItemsByPerson[role.PersonId].Where(i => i.Mentions(TopicMentions.TopicNamed(role.Topic!))).ToArray();
            Assert.Contains(items, i => i.Timestamp >= RiserWindowStart);
            Assert.True(items.Count(i => i.Timestamp < GeneratedOrganisationFixture.AsOf.AddYears(-1)) >= 10);
        }
    }

    [Fact]
    public void Many_genuine_experts_have_empty_profiles()
    {
        var experts = fixture.RolesByName[PlantedRoles.Expert].Select(r => r.PersonId).Distinct().ToArray();
        var empty = experts.Count(id => fixture.People[id].Skills.Count == 0 && fixture.People[id].AboutMe is null);
        Assert.InRange(empty, experts.Length / 4, experts.Length * 3 / 5);
    }

    [Fact]
    public void People_write_in_english_and_french_with_graph_like_ids_and_unique_mail()
    {
        var people = fixture.Result.Organisation.People;
        Assert.Contains(people, p => p.PreferredLanguage == "fr-FR");
        Assert.Contains(people, p => p.PreferredLanguage == "en-US");
        Assert.All(people, p => Assert.True(Guid.TryParse(p.Id, out _)));
        Assert.Equal(people.Count, people.Select(p => p.Mail).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(people, p => Assert.EndsWith("@contoso.example", p.Mail, StringComparison.Ordinal));
        Assert.All(fixture.Result.Organisation.Signals, s => Assert.True(s.Timestamp <= GeneratedOrganisationFixture.AsOf));
    }

    [Fact]
    public void A_two_thousand_person_organisation_has_about_twenty_items_per_person_and_experts_on_every_topic()
    {
        var result = SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 2_000, Seed = 3 });
        Assert.Equal(2_000, result.Organisation.People.Count);
        Assert.InRange(result.Organisation.Signals.Count / 2_000.0, 17, 24);
        foreach (var topic in TopicCatalogue.All)
        {
            Assert.Contains(result.Roles, r => r.Role == PlantedRoles.Expert && r.Topic == topic.Name);
        }
    }

    [Fact]
    public void Topic_vocabulary_never_names_another_topic()
    {
        Assert.InRange(TopicCatalogue.All.Count, 35, 50);
        foreach (var topic in TopicCatalogue.All)
        {
            foreach (var term in topic.Terms.Concat(topic.FrenchTerms))
            {
                foreach (var other in TopicCatalogue.All.Where(o => o != topic))
                {
                    Assert.False(term.Mentions(other), $"{topic.Name} term '{term}' names {other.Name}");
                }
            }
        }
    }

    [Fact]
    public void Too_few_people_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticOrganisation.Generate(new SyntheticOrganisationOptions { People = 5 }));
    }

    private sealed class EndorsementByCanonicalTopic : IEqualityComparer<Endorsement>
    {
        public bool Equals(Endorsement? x, Endorsement? y) =>
            x is not null && y is not null && x.EndorserId == y.EndorserId && x.EndorseeId == y.EndorseeId && Canonical(x.Topic) == Canonical(y.Topic);

        public int GetHashCode(Endorsement obj) => HashCode.Combine(obj.EndorserId, obj.EndorseeId, Canonical(obj.Topic));

        private static string Canonical(string name) =>
            TopicCatalogue.All.First(t => t.SurfaceForms.Contains(name, StringComparer.OrdinalIgnoreCase)).Name;
    }
}
