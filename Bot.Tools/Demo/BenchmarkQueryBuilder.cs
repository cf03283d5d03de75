namespace ExpertBot.Demo;

/// <summary>
/// The measurement queries: per topic, the canonical name, aliases, French names, and English and French
/// questions, all sharing the topic's ground truth (experts grade 2; competent, old experts and risers grade 1).
/// </summary>
internal static class BenchmarkQueryBuilder
{
    public const string Canonical = "canonical";
    public const string Alias = "alias";
    public const string French = "french";
    public const string SentenceEnglish = "sentence-en";
    public const string SentenceFrench = "sentence-fr";

    private static readonly string[] EnglishSentences =
    [
        "who knows {name}?", "anyone with {alias} experience?", "I need an expert in {name}", "who can help me with {alias}?",
        "looking for someone who knows {name}", "is there a {alias} specialist around?",
    ];

    private static readonly string[] FrenchSentences =
    [
        "qui connaît {article}{fr} ?", "qui s'y connaît en {fr} ?", "je cherche un expert en {fr}", "quelqu'un maîtrise {article}{fr} ?",
        "besoin d'aide sur {article}{fr}", "quelqu'un a de l'expérience en {alias} ?",
    ];

    public static List<BenchmarkQuery> Build(IReadOnlyList<PersonPlan> plans, IReadOnlyList<Topic> topics)
    {
        var relevant = new Dictionary<string, int>[topics.Count];
        for (var t = 0; t < topics.Count; t++)
        {
            relevant[t] = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        foreach (var plan in plans)
        {
            foreach (var work in plan.Work)
            {
                if (work.Grade > 0)
                {
                    var grades = relevant[work.Topic];
                    grades[plan.Id] = Math.Max(work.Grade, grades.GetValueOrDefault(plan.Id));
                }
            }
        }

        var queries = new List<BenchmarkQuery>();
        for (var t = 0; t < topics.Count; t++)
        {
            if (relevant[t].Count == 0)
            {
                continue;
            }

            var topic = topics[t];
            var grades = relevant[t];
            void Add(string group, int n, string text) => queries.Add(new BenchmarkQuery($"{topic.Key}:{group}:{n}", text, group, grades));

            Add(Canonical, 1, topic.Name);
            for (var a = 0; a < Math.Min(2, topic.Aliases.Count); a++)
            {
                Add(Alias, a + 1, topic.Aliases[a]);
            }

            Add(French, 1, topic.FrenchName);
            if (topic.FrenchAliases.Count > 0)
            {
                Add(French, 2, topic.FrenchAliases[0]);
            }

            // Two sentences per language, rotating through the templates so every phrasing is exercised.
            for (var s = 0; s < 2; s++)
            {
                Add(SentenceEnglish, s + 1, Sentence(EnglishSentences[((2 * t) + s) % EnglishSentences.Length], topic, s));
                Add(SentenceFrench, s + 1, Sentence(FrenchSentences[((2 * t) + s) % FrenchSentences.Length], topic, s));
            }
        }

        return queries;
    }

    private static string Sentence(string template, Topic topic, int variant) => template
        .Replace("{name}", topic.NameInSentence, StringComparison.Ordinal)
        .Replace("{alias}", topic.Aliases[variant % topic.Aliases.Count], StringComparison.Ordinal)
        .Replace("{article}", topic.FrenchArticle, StringComparison.Ordinal)
        .Replace("{fr}", topic.FrenchName, StringComparison.Ordinal);
}
