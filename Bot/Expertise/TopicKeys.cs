namespace ExpertBot.Expertise;

/// <summary>
/// The stable key a topic is stored under, so that "Kubernetes", "kubernetes " and "KUBERNETES" are one
/// endorsement: folded, stemmed terms in order.
/// </summary>
internal static class TopicKeys
{
    public static string Normalise(string topic)
    {
        var terms = TextAnalyzer.Terms(topic);
        return terms.Count == 0 ? TextAnalyzer.Fold(topic).Trim() : string.Join(' ', terms);
    }
}
