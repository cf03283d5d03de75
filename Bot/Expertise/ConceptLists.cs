namespace ExpertBot.Expertise;

/// <summary>One concept's matching documents, in document order, with its score in each.</summary>
internal sealed record ConceptList(int[] Documents, float[] Scores)
{
    /// <summary>In the items field, each entry's item facts and weight class, copied so that a query on this one concept reads the list alone.</summary>
    public ItemFacts[]? Facts { get; init; }

    public byte[]? Classes { get; init; }
}

/// <summary>
/// Every known topic's scores in one field, computed once when the index is built: a query on a known topic
/// reads one list instead of walking the postings of each of its forms (a topic has several aliases and
/// translations). Only used for the exact forms it was computed from; free text is still walked.
/// </summary>
internal sealed class ConceptLists
{
    private readonly Dictionary<string, (IReadOnlyList<string[]> Forms, ConceptList List, float Reference)> byKey;
    private readonly LearnedTopics learned;

    private ConceptLists(Dictionary<string, (IReadOnlyList<string[]>, ConceptList, float)> byKey, LearnedTopics? learned = null)
    {
        this.byKey = byKey;
        this.learned = learned ?? LearnedTopics.None;
    }

    /// <summary>These lists, and the learned topics' work lists, which are the only form of their concepts (read even by an exhaustive query).</summary>
    public ConceptLists With(LearnedTopics topics) => new(byKey, topics);

    /// <summary>No precomputed list: every concept is walked.</summary>
    public static ConceptLists None { get; } = new([]);

    public int Count => byKey.Count;

    public long EntryCount => byKey.Values.Sum(v => (long)v.List.Documents.Length);

    /// <summary>Every known topic's list; complete adds to each list what a query will read with it.</summary>
    public static ConceptLists Build(InvertedField field, TopicLexicon lexicon, int size, Func<ConceptList, ConceptList>? complete = null)
    {
        var concepts = new List<QueryConcept>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in lexicon.Topics)
        {
            if (keys.Add(entry.Key) && lexicon.ConceptOf(entry.Key) is { } concept)
            {
                concepts.Add(concept);
            }
        }

        var lists = new ConceptList[concepts.Count];
        var references = new float[concepts.Count];
        Parallel.For(
            0,
            concepts.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Math.Min(Environment.ProcessorCount, 4)) },
            () => new ConceptScorer(size),
            (c, _, scorer) =>
            {
                var list = scorer.Precompute(field, concepts[c].Alternatives, out references[c]);
                lists[c] = complete is null ? list : complete(list);
                return scorer;
            },
            static _ => { });

        var byKey = new Dictionary<string, (IReadOnlyList<string[]>, ConceptList, float)>(concepts.Count, StringComparer.Ordinal);
        for (var c = 0; c < concepts.Count; c++)
        {
            byKey[concepts[c].Key!] = (concepts[c].Alternatives, lists[c], references[c]);
        }

        return new ConceptLists(byKey);
    }

    public bool TryGet(QueryConcept concept, out ConceptList list, out float reference)
    {
        if (concept.Alternatives.Count == 0)
        {
            reference = 0f;
            return learned.TryGet(concept, out list);
        }

        if (concept.Key is not null
            && byKey.TryGetValue(concept.Key, out var found)
            && ReferenceEquals(found.Forms, concept.Alternatives))
        {
            (list, reference) = (found.List, found.Reference);
            return true;
        }

        (list, reference) = (null!, 0f);
        return false;
    }
}
