namespace ExpertBot.Expertise;

/// <summary>
/// The items field's rule for mentions (<see cref="ExpertiseSettings.MentionWeight"/>): an item that names a known
/// topic while it is the work of other learned topics (two at most), none of them this one, its family, its
/// members or a topic whose name holds its name or is held in it, counts Weight of its match on that name
/// ("rapprocher l'interface paie" in a SAP SuccessFactors note is no payroll work; an OpenTelemetry note that is
/// observability work is OpenTelemetry work too). Profiles have no such rule: what a person declares is not an item
/// about something else. Immutable; pure.
/// </summary>
internal sealed class MentionRule
{
    private readonly LearnedWork work;
    private readonly LearnedTopics topics;
    private readonly int[][] related;

    public MentionRule(LearnedWork work, LearnedTopics topics, TopicLexicon lexicon, float weight)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(lexicon);
        (this.work, this.topics, Weight) = (work, topics, weight);

        // Each topic's family and members, as learned topics: their work is this topic's work too.
        var relatives = Enumerable.Range(0, topics.Count).Select(_ => new HashSet<int>()).ToArray();
        foreach (var entry in lexicon.Topics)
        {
            if (entry.Parent is { } parent && topics.TopicOfKey(entry.Key) is { } member && topics.TopicOfKey(parent) is { } family && member != family)
            {
                relatives[member].Add(family);
                relatives[family].Add(member);
            }
        }

        // A topic named by a phrase that holds another topic's name ("supplier risk management", "risk management")
        // is that topic's narrower one: supplier risk work that names risk management is risk management work.
        foreach (var (phrase, topic) in topics.TopicOfPhrase)
        {
            var words = phrase.Split(' ');
            for (var length = 1; length < words.Length; length++)
            {
                for (var start = 0; start + length <= words.Length; start++)
                {
                    if (topics.TopicOfPhrase.TryGetValue(string.Join(' ', words, start, length), out var broader) && broader != topic)
                    {
                        relatives[topic].Add(broader);
                        relatives[broader].Add(topic);
                    }
                }
            }
        }

        related = [.. relatives.Select(r => r.Order().ToArray())];
    }

    /// <summary>
    /// An item that is the work of more topics than this is no mention: showing the vocabulary of three unrelated
    /// topics at once, it shows the office's phrasing more than any topic (demo/org: a French note template was
    /// the work of BI, incident management and FP&amp;A, and halved "OpenTelemetry – points d'attention"; measured
    /// docs/ranking.md).
    /// </summary>
    public const int MostTopics = 2;

    /// <summary>What a mention counts of its match.</summary>
    public float Weight { get; }

    /// <summary>The learned topic of a known topic whose mentions count less, or -1: none, or one nobody's work shows.</summary>
    public int TopicOf(QueryConcept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return concept is { Key: { } key, Alternatives.Count: > 0 } && topics.TopicOfKey(key) is { } topic && topics.Lists[topic].Documents.Length > 0
            ? topic
            : -1;
    }

    /// <summary>A document's match on a concept of this topic (-1: none), as it counts.</summary>
    public float Weigh(int document, float score, int topic) =>
        topic >= 0 && IsMention(document, topic) ? score * Weight : score;

    private bool IsMention(int item, int topic)
    {
        var of = work.TopicOf(item);
        if (of == LearnedWork.None || of == topic)
        {
            return false;
        }

        if (of != LearnedWork.Several)
        {
            return Array.IndexOf(related[topic], of) < 0;
        }

        if (work.CountOf(item) > MostTopics || work.Holds(topic, item))
        {
            return false;
        }

        foreach (var relative in related[topic])
        {
            if (work.Holds(relative, item))
            {
                return false;
            }
        }

        return true;
    }
}
