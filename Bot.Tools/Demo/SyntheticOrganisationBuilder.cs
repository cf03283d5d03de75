using System.Text;
using ExpertBot.Expertise;

namespace ExpertBot.Demo;

/// <summary>
/// Plans the organisation (teams, topics, roles), then writes each person's profile and evidence from the
/// plan. Every random draw comes from generators seeded by the options, in a fixed order.
/// </summary>
internal sealed partial class SyntheticOrganisationBuilder
{
    private static readonly int[] FirstTeamAreas = [0, 4, 1, 2, 3, 5, 6, 7, 8];
    private const string FeaturedTechTopic = "kubernetes";
    private const string FeaturedFrenchTopic = "labour-law";

    private readonly SyntheticOrganisationOptions options;
    private readonly Random rng;
    private readonly Random textRng;
    private readonly IReadOnlyList<Topic> topics = TopicCatalogue.All;
    private readonly int[] topicCoverage;
    private readonly List<TeamPlan> teams = [];
    private readonly List<PersonPlan> plans;
    private readonly Dictionary<string, int> mailCounts = new(StringComparer.Ordinal);
    private readonly List<Endorsement> endorsements = [];
    private readonly HashSet<(int Endorser, int Endorsee, int Topic)> endorsed = [];
    private readonly List<EvidenceItem> items;
    private readonly TemplateWriter writer = new();
    private int nextItem;

    public SyntheticOrganisationBuilder(SyntheticOrganisationOptions options)
    {
        this.options = options;
        rng = new Random(options.Seed);
        textRng = new Random(unchecked((options.Seed * 7919) + 17));
        topicCoverage = new int[topics.Count];
        plans = new List<PersonPlan>(options.People);
        items = new List<EvidenceItem>((int)Math.Min(int.MaxValue, options.People * options.ItemsPerPerson * 1.15));
    }

    public SyntheticOrganisationResult Build()
    {
        CreateTeamsAndPeople();
        foreach (var team in teams)
        {
            AssignTopicWork(team);
        }

        EnsureExperts(minimum: 2);
        PlantSpecialRoles();
        PlantRings();
        PlantGenuineEndorsements();

        var people = new List<Person>(plans.Count);
        foreach (var plan in plans)
        {
            people.Add(BuildProfile(plan));
            WriteEvidence(plan);
        }

        var (roles, risers) = CollectRoles();
        var queries = BenchmarkQueryBuilder.Build(plans, topics);
        return new SyntheticOrganisationResult(new Organisation(people, items, endorsements), queries, roles, risers);
    }

    private void CreateTeamsAndPeople()
    {
        var areas = WorkAreaCatalogue.All;
        var totalWeight = areas.Sum(a => a.Weight);
        var index = 0;
        while (index < options.People)
        {
            var teamNumber = teams.Count;
            var size = rng.Next(6, 13);
            if (options.People - index - size < 6)
            {
                size = options.People - index;
            }

            var area = teamNumber < FirstTeamAreas.Length ? areas[FirstTeamAreas[teamNumber]] : PickArea(areas, totalWeight);
            var featured = teamNumber switch { 0 => FeaturedTechTopic, 1 => FeaturedFrenchTopic, _ => null };
            var office = teamNumber switch
            {
                0 => "London",
                1 => "Paris",
                _ => rng.NextDouble() < 0.5 ? Pick(rng, NameCatalogue.FrenchOffices) : Pick(rng, NameCatalogue.EnglishOffices),
            };

            // The featured legal team writes French, so the demo has French-writing labour-law experts.
            var frenchShare = teamNumber == 1 ? 1.0 : NameCatalogue.FrenchOffices.Contains(office) ? 0.85 : 0.1;
            var nicknames = NameCatalogue.TeamNicknames;
            var name = teamNumber < nicknames.Count
                ? nicknames[teamNumber]
                : $"{nicknames[teamNumber % nicknames.Count]} {(teamNumber / nicknames.Count) + 1}";
            var team = new TeamPlan(teamNumber, area, office, name, ChooseTeamTopics(area, featured));
            teams.Add(team);

            for (var i = 0; i < size; i++, index++)
            {
                var plan = CreatePerson(index, team, isManager: i == 0, french: rng.NextDouble() < frenchShare);
                team.Members.Add(plan);
                plans.Add(plan);
            }
        }
    }

    private WorkArea PickArea(IReadOnlyList<WorkArea> areas, double totalWeight)
    {
        var draw = rng.NextDouble() * totalWeight;
        foreach (var area in areas)
        {
            draw -= area.Weight;
            if (draw < 0)
            {
                return area;
            }
        }

        return areas[^1];
    }

    private int[] ChooseTeamTopics(WorkArea area, string? featured)
    {
        // Least-covered topics first, so that even a small organisation has experts on every topic.
        var candidates = area.TopicKeys
            .Select(key => (Index: TopicIndex(key), Tie: rng.Next()))
            .OrderBy(c => c.Index == (featured is null ? -1 : TopicIndex(featured)) ? 0 : 1)
            .ThenBy(c => topicCoverage[c.Index])
            .ThenBy(c => c.Tie)
            .Take(rng.Next(2, 4))
            .Select(c => c.Index)
            .ToArray();
        foreach (var topic in candidates)
        {
            topicCoverage[topic]++;
        }

        return candidates;
    }

    private PersonPlan CreatePerson(int index, TeamPlan team, bool isManager, bool french)
    {
        var first = Pick(rng, french ? NameCatalogue.FrenchFirstNames : NameCatalogue.EnglishFirstNames);
        var last = Pick(rng, french ? NameCatalogue.FrenchLastNames : NameCatalogue.EnglishLastNames);
        var area = team.Area;
        return new PersonPlan(index, NewObjectId(), team)
        {
            FirstName = first,
            LastName = last,
            Mail = UniqueMail(first, last),
            French = french,
            IsManager = isManager,
            JobTitle = isManager
                ? (french ? area.FrenchManagerTitle : area.ManagerTitle)
                : Pick(rng, french ? area.FrenchJobTitles : area.JobTitles),
        };
    }

    /// <summary>A version-4 GUID drawn from the seeded generator: looks like a Graph object id, reproducible.</summary>
    private string NewObjectId()
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    private string UniqueMail(string first, string last)
    {
        var local = $"{AsciiLocalPart(first)}.{AsciiLocalPart(last)}";
        var count = mailCounts.GetValueOrDefault(local) + 1;
        mailCounts[local] = count;
        return count == 1 ? $"{local}@{NameCatalogue.Domain}" : $"{local}{count}@{NameCatalogue.Domain}";
    }

    private static string AsciiLocalPart(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private void AssignTopicWork(TeamPlan team)
    {
        var members = team.Members.Where(m => !m.IsManager).ToArray();
        rng.Shuffle(members);
        foreach (var topic in team.Topics)
        {
            var featured = team.Index < 2 && topic == team.Topics[0];
            var experts = featured ? 3 : 1 + (rng.NextDouble() < 0.4 ? 1 : 0);
            var competent = 1 + (rng.NextDouble() < 0.35 ? 1 : 0);
            var old = rng.NextDouble() < 0.25 ? 1 : 0;
            AddWork(members, topic, WorkKind.Expert, experts);
            AddWork(members, topic, WorkKind.Competent, competent);
            AddWork(members, topic, WorkKind.OldExpert, old);
        }
    }

    /// <summary>Gives every topic a few experts even in a small organisation, in a team of an area that owns the topic.</summary>
    private void EnsureExperts(int minimum)
    {
        var experts = new int[topics.Count];
        foreach (var work in plans.SelectMany(p => p.Work).Where(w => w.Kind == WorkKind.Expert))
        {
            experts[work.Topic]++;
        }

        for (var topic = 0; topic < topics.Count; topic++)
        {
            var key = topics[topic].Key;
            var owners = teams.Where(t => t.Area.TopicKeys.Contains(key)).ToArray();
            for (var attempt = 0; experts[topic] < minimum && owners.Length > 0 && attempt < 4 * minimum; attempt++)
            {
                var team = owners[rng.Next(owners.Length)];
                var members = team.Members.Where(m => !m.IsManager).ToArray();
                rng.Shuffle(members);
                var before = members.Sum(m => m.Work.Count);
                AddWork(members, topic, WorkKind.Expert, 1);
                if (members.Sum(m => m.Work.Count) > before)
                {
                    experts[topic]++;
                    if (!team.Topics.Contains(topic))
                    {
                        team.Topics.Add(topic);
                    }
                }
            }
        }
    }

    private static void AddWork(PersonPlan[] members, int topic, WorkKind kind, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var worker = Array.Find(members, m => m.Work.Count == 0)
                ?? Array.Find(members, m => m.Work.Count == 1 && !m.WorksOn(topic));
            if (worker is null)
            {
                return;
            }

            worker.Work.Add(new TopicWork(topic, kind));
        }
    }

    private int TopicIndex(string key)
    {
        for (var i = 0; i < topics.Count; i++)
        {
            if (topics[i].Key == key)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"No topic '{key}' in the catalogue.");
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
