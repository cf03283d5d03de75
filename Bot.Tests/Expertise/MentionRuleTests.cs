using ExpertBot.Expertise;

namespace ExpertBot.Tests.Expertise;

/// <summary>
/// An item that names a topic while it is other topics' work counts half of that match; its own topic's work, a
/// related topic's work, work the topic model cannot tell (no topic, or three at once) counts in full.
/// </summary>
public sealed class MentionRuleTests
{
    // Topics: 0 risk management, 1 supplier risk management, 2 payroll, 3 SAP SuccessFactors, 4 Kafka, 5 Tableau,
    // 6 observability and 7 OpenTelemetry (a narrower topic of observability in the curated lexicon).
    private static readonly Dictionary<string, int> Phrases = new()
    {
        ["risk management"] = 0, ["supplier risk management"] = 1, ["payroll"] = 2, ["sap successfactors"] = 3,
        ["kafka"] = 4, ["tableau"] = 5, ["observability"] = 6, ["opentelemetry"] = 7,
    };

    // Items: 0 risk management work, 1 supplier risk work, 2 payroll work, 3 SuccessFactors work, 4 SuccessFactors and
    // payroll work, 5 nobody's work, 6 SuccessFactors, Kafka and Tableau work, 7 observability work.
    private static readonly int[][] WorkOfTopic = [[0], [1], [2, 4], [3, 4, 6], [6], [6], [7], []];

    private static MentionRule Rule()
    {
        var lists = WorkOfTopic.Select(items => new ConceptList(items, [.. items.Select(_ => 1f)])).ToArray();
        var topics = new LearnedTopics(Phrases, ["risk management", null, "payroll", "sap successfactors", null, null, "observability", "opentelemetry"], lists);
        return new MentionRule(LearnedWork.Of(lists, 8), topics, TopicLexicon.Curated, 0.5f);
    }

    [Theory]
    [InlineData(3, 2, 1f)] // SuccessFactors work that names payroll: a mention
    [InlineData(2, 2, 2f)] // payroll work
    [InlineData(4, 2, 2f)] // SuccessFactors and payroll work
    [InlineData(5, 2, 2f)] // nobody's work: the model cannot say it is about something else
    [InlineData(6, 2, 2f)] // three topics' work at once: the office's phrasing more than any topic
    [InlineData(1, 0, 2f)] // supplier risk work that names risk management: a narrower topic's
    [InlineData(0, 1, 2f)] // and the other way round
    [InlineData(2, 0, 1f)] // payroll work that names risk management
    [InlineData(7, 7, 2f)] // observability work that names OpenTelemetry: its family's
    [InlineData(3, -1, 2f)] // no learned topic asked
    public void An_item_counts_half_where_it_only_mentions_the_topic(int item, int topic, float counted) =>
        Assert.Equal(counted, Rule().Weigh(item, 2f, topic));
}
