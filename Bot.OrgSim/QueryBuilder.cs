namespace ExpertBot.OrgSim;

/// <summary>
/// Evaluation queries: for each topic with people, the canonical name plus a balanced mix of the other groups,
/// at most 600 queries overall. Relevant people are exactly those who do the work (grade 2 expert, 1 practitioner).
/// </summary>
internal sealed class QueryBuilder(OrgPlan plan, Phrasebook en, Phrasebook fr)
{
    private const int MaxQueries = 600;
    private const int MaxPerTopic = 8;

    private static readonly string[] Groups =
        ["alias", "french", "english-sentence", "french-sentence", "typo", "two-topics", "specific"];

    private readonly SlotContext ctx = new(plan.Words, plan.AsOf.Year);

    public List<QueryRecord> Build(Random rng)
    {
        var eligible = plan.Catalogue.Leaves.Select(t => t.Index).Where(t => plan.PeopleByTopic[t].Count > 0).ToList();
        if (eligible.Count == 0)
        {
            return [];
        }

        var quota = Math.Clamp(MaxQueries / eligible.Count, 1, MaxPerTopic);
        var bonus = eligible.ToList();
        rng.ShuffleList(bonus);
        var bonusTopics = quota < MaxPerTopic ? bonus.Take(MaxQueries - (quota * eligible.Count)).ToHashSet() : [];
        var cooccurrence = Cooccurrence();
        var used = Groups.ToDictionary(g => g, _ => 0, StringComparer.Ordinal);
        var queries = new List<QueryRecord>();
        foreach (var topic in eligible)
        {
            var relevant = Relevance(topic);
            var id = plan.Catalogue[topic].Id;
            queries.Add(new QueryRecord("", plan.Catalogue[topic].English, "canonical", id, relevant));
            var candidates = Candidates(topic, relevant, cooccurrence, rng);
            for (var budget = quota + (bonusTopics.Contains(topic) ? 1 : 0) - 1; budget > 0 && candidates.Count > 0; budget--)
            {
                var least = candidates.Min(c => used[c.Group]);
                var pick = rng.Pick(candidates.Where(c => used[c.Group] == least).ToList());
                candidates.Remove(pick);
                used[pick.Group]++;
                queries.Add(pick with { Topic = id });
            }
        }

        return queries.Select((q, i) => q with { Id = $"q{i + 1:0000}" }).ToList();
    }

    private List<QueryRecord> Candidates(int topicIndex, Dictionary<string, int> relevant, Dictionary<(int, int), int> cooccurrence, Random rng)
    {
        var topic = plan.Catalogue[topicIndex];
        var list = new List<QueryRecord>();
        void Add(string group, string text) => list.Add(new QueryRecord("", text, group, "", relevant));

        foreach (var alias in topic.Aliases.OrderBy(_ => rng.Next()).Take(2))
        {
            Add("alias", alias);
        }

        if (topic.HasDistinctFrenchName)
        {
            Add("french", topic.French);
        }

        foreach (var french in new[] { false, false, true, true })
        {
            Start(rng, french, topic);
            ctx.Name = NameForms.Mention(topic, french, rng, 0.35);
            Add(french ? "french-sentence" : "english-sentence", Render(french ? fr : en, "query.sentence", rng));
        }

        if (Typos.Misspell(topic, rng) is { } typo)
        {
            Add("typo", typo);
        }

        // Partners that really go together: people who know both exist, the more the likelier.
        var partners = plan.Catalogue.Leaves.Select(t => t.Index)
            .Where(t => t != topicIndex && cooccurrence.GetValueOrDefault(Pair(topicIndex, t)) >= 2)
            .ToList();
        if (partners.Count > 0)
        {
            var weights = partners.Select(t => Math.Pow(cooccurrence[Pair(topicIndex, t)], 2)).ToList();
            var partner = partners[rng.WeightedIndex(weights)];
            var french = rng.Chance(0.2);
            Start(rng, french, topic);
            ctx.Name2 = NameForms.Mention(plan.Catalogue[partner], french, rng, 0.25);
            list.Add(new QueryRecord("", Render(french ? fr : en, "query.two", rng), "two-topics", "", TwoTopicRelevance(topicIndex, partner)));
        }

        var siblings = plan.Catalogue.Siblings(topicIndex).Where(s => plan.PeopleByTopic[s].Count > 0).ToList();
        if (siblings.Count > 0)
        {
            var french = rng.Chance(0.2);
            Start(rng, french, topic);
            ctx.Sibling = NameForms.Mention(plan.Catalogue[rng.Pick(siblings)], french, rng, 0.25);
            Add("specific", Render(french ? fr : en, "query.specific", rng));
        }

        return list;
    }

    private void Start(Random rng, bool french, Topic topic)
    {
        ctx.Start(rng, french, topic, null, true);
        ctx.Name = NameForms.Mention(topic, french, rng, 0.25);
    }

    private string Render(Phrasebook book, string section, Random rng) =>
        book[section].Pick(rng).Render(ctx, book.French, capitalize: false);

    private Dictionary<string, int> Relevance(int topic) =>
        plan.PeopleByTopic[topic].ToDictionary(i => plan.People[i].Id, i => plan.People[i].GradeOn(topic), StringComparer.Ordinal);

    private Dictionary<string, int> TwoTopicRelevance(int a, int b)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in plan.PeopleByTopic[a].Concat(plan.PeopleByTopic[b]))
        {
            var person = plan.People[i];
            result[person.Id] = person.Knows(a) && person.Knows(b) ? 2 : 1;
        }

        return result;
    }

    private static (int, int) Pair(int a, int b) => a < b ? (a, b) : (b, a);

    private Dictionary<(int, int), int> Cooccurrence()
    {
        var counts = new Dictionary<(int, int), int>();
        foreach (var person in plan.People)
        {
            for (var i = 0; i < person.Expertise.Count; i++)
            {
                for (var j = i + 1; j < person.Expertise.Count; j++)
                {
                    var key = Pair(person.Expertise[i].Topic, person.Expertise[j].Topic);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts;
    }
}
