using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.Planting;

namespace ExpertBot.CompanySim.Queries;

/// <summary>
/// Builds the measurement questions, balanced over eight groups: the canonical name, an alias, the French name,
/// English and French sentences, a one-letter typo, two topics at once, and a product asked for against its sibling.
/// Grades: 2 for an expert, 1 for a practitioner; every query has at least three relevant people.
/// </summary>
internal static class QueryBuilder
{
    public const int Total = 600;
    private const int FewestRelevant = 3;

    public static readonly IReadOnlyList<string> Groups =
        ["canonical", "alias", "french", "english-sentence", "french-sentence", "typo", "two-topics", "specific"];

    private static readonly string[] EnglishSentences =
    [
        "who knows {X}?", "anyone with experience in {X}", "I need help with {X}, who should I ask?",
        "Who is our {X} expert?", "Looking for someone who can help with {X}", "can anyone help me with {X}?",
    ];

    private static readonly string[] FrenchSentences =
    [
        "qui connaît {X} ?", "quelqu'un maîtrise {X} ?", "Qui est expert en {X} ?",
        "J'ai besoin d'aide en {X}, qui contacter ?", "je cherche quelqu'un qui s'y connaît en {X}",
    ];

    private static readonly string[] TwoTopics = ["{A} and {B}", "someone who knows both {A} and {B}", "who knows {A} and {B}?"];

    private static readonly string[] Specific = ["{T}, not {S}", "{T} specifically, not {S}", "{T} (not {S})", "an expert in {T} rather than {S}"];

    public static List<QueryRecord> Build(Random random, TopicCatalogue catalogue, OrgPlan plan)
    {
        var candidates = Groups.ToDictionary(g => g, _ => new List<(Topic Topic, string Text, SortedDictionary<string, int> Relevant)>(), StringComparer.Ordinal);
        foreach (var topic in catalogue.Topics)
        {
            var relevant = RelevantOn(plan, topic);
            if (relevant.Count < FewestRelevant)
            {
                continue;
            }

            candidates["canonical"].Add((topic, topic.English, relevant));
            foreach (var alias in topic.Aliases.Where(a => !a.Equals(topic.English, StringComparison.OrdinalIgnoreCase)))
            {
                candidates["alias"].Add((topic, alias, relevant));
            }

            if (topic.HasDistinctFrenchName)
            {
                candidates["french"].Add((topic, topic.French, relevant));
            }

            var spoken = random.NextDouble() < 0.75 || topic.Aliases.Count == 0 ? topic.English : Pick(random, topic.Aliases);
            candidates["english-sentence"].Add((topic, Pick(random, EnglishSentences).Replace("{X}", spoken, StringComparison.Ordinal), relevant));
            candidates["french-sentence"].Add((topic, Pick(random, FrenchSentences).Replace("{X}", topic.French, StringComparison.Ordinal), relevant));
            if (Typo.Of(random, topic.English) is { } typo)
            {
                candidates["typo"].Add((topic, typo, relevant));
            }

            foreach (var sibling in catalogue.SiblingsOf(topic))
            {
                var text = Pick(random, Specific).Replace("{T}", topic.English, StringComparison.Ordinal).Replace("{S}", sibling.English, StringComparison.Ordinal);
                candidates["specific"].Add((topic, text, relevant));
            }
        }

        foreach (var (a, b) in catalogue.Pairs)
        {
            if (TwoTopicRelevance(plan, a, b) is { } relevant)
            {
                foreach (var template in Shuffle.Shuffled(random, TwoTopics).Take(2))
                {
                    var text = template.Replace("{A}", a.English, StringComparison.Ordinal).Replace("{B}", b.English, StringComparison.Ordinal);
                    candidates["two-topics"].Add((a, text, relevant));
                }
            }
        }

        return Select(random, catalogue, candidates);
    }

    private static List<QueryRecord> Select(Random random, TopicCatalogue catalogue, Dictionary<string, List<(Topic Topic, string Text, SortedDictionary<string, int> Relevant)>> candidates)
    {
        var quota = Total / Groups.Count;
        var chosen = new List<(int Group, Topic Topic, string Text, SortedDictionary<string, int> Relevant)>();
        var leftovers = new List<(int Group, Topic Topic, string Text, SortedDictionary<string, int> Relevant)>();
        for (var g = 0; g < Groups.Count; g++)
        {
            var shuffled = Shuffle.Shuffled(random, candidates[Groups[g]]);
            var group = g;
            chosen.AddRange(shuffled.Take(quota).Select(c => (group, c.Topic, c.Text, c.Relevant)));
            leftovers.AddRange(shuffled.Skip(quota).Select(c => (group, c.Topic, c.Text, c.Relevant)));
        }

        chosen.AddRange(Shuffle.Shuffled(random, leftovers).Take(Math.Max(0, Total - chosen.Count)));
        var order = catalogue.Topics.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var number = 0;
        return [.. chosen
            .OrderBy(c => c.Group)
            .ThenBy(c => order[c.Topic.Id])
            .ThenBy(c => c.Text, StringComparer.Ordinal)
            .Select(c => new QueryRecord($"{Slug.Of(c.Topic.English)}-q{++number:D4}", c.Text, Groups[c.Group], c.Topic.English, c.Relevant))];
    }

    private static SortedDictionary<string, int> RelevantOn(OrgPlan plan, Topic topic)
    {
        var relevant = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in plan.RealOn(topic))
        {
            relevant[a.Person.Id] = a.Role == Roles.Expert ? 2 : 1;
        }

        return relevant;
    }

    /// <summary>People who know both (the lower grade), or when fewer than three, everyone who knows either at grade 1.</summary>
    private static SortedDictionary<string, int>? TwoTopicRelevance(OrgPlan plan, Topic a, Topic b)
    {
        var both = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var either = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var x in plan.RealOn(a).Concat(plan.RealOn(b)))
        {
            either[x.Person.Id] = 1;
            var grade = Math.Min(plan.Grade(x.Person, a), plan.Grade(x.Person, b));
            if (grade > 0)
            {
                both[x.Person.Id] = grade;
            }
        }

        return both.Count >= FewestRelevant ? both : either.Count >= FewestRelevant ? either : null;
    }

    private static string Pick(Random random, IReadOnlyList<string> items) => items[random.Next(items.Count)];

}
