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
    private readonly Dictionary<string, ConceptList> withLearned;
    private readonly float learnedWeight;

    private ConceptLists(
        Dictionary<string, (IReadOnlyList<string[]>, ConceptList, float)> byKey, LearnedTopics? learned = null,
        Dictionary<string, ConceptList>? withLearned = null, float learnedWeight = 0)
    {
        this.byKey = byKey;
        this.learned = learned ?? LearnedTopics.None;
        this.withLearned = withLearned ?? [];
        this.learnedWeight = learnedWeight;
    }

    /// <summary>
    /// These lists, and the learned topics' work lists, which are the only form of their concepts (read even by an
    /// exhaustive query). A known topic that is also a learned one gets a second list, its own plus its learned work
    /// at weight, made ready by complete: a question on that one topic reads it alone, as it read its list before.
    /// </summary>
    public ConceptLists With(LearnedTopics topics, float weight, Func<ConceptList, ConceptList> complete)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(complete);
        var merged = new Dictionary<string, ConceptList>(StringComparer.Ordinal);
        foreach (var (key, (_, list, _)) in byKey)
        {
            // A topic without learned work reads its own list: a copy would only take memory.
            if (weight > 0 && topics.TopicOfKey(key) is { } topic && topics.Lists[topic].Documents.Length > 0)
            {
                merged[key] = complete(Merge(list, topics.Lists[topic], weight));
            }
        }

        return new(byKey, topics, merged, weight);
    }

    /// <summary>
    /// The list of a question of exactly a known topic and its learned work (as <see cref="LearnedTopics.ConceptFor"/>
    /// gives it): the same sums as reading both lists, in the same order.
    /// </summary>
    public bool TryGetWithLearned(QueryConcept known, QueryConcept learnedWork, out ConceptList list, out float reference)
    {
        if (TryGet(known, out _, out reference)
            && known.Alternatives.Count > 0
            && learned.TopicOf(learnedWork) is { } topic
            && learned.TopicOfKey(known.Key!) == topic
            && learnedWork.Weight == learnedWeight
            && known.Weight == 1
            && withLearned.TryGetValue(known.Key!, out list!))
        {
            return true;
        }

        (list, reference) = (null!, 0f);
        return false;
    }

    // Each document's score for the known topic, plus its learned work's times weight: summed as a query would.
    private static ConceptList Merge(ConceptList known, ConceptList work, float weight)
    {
        var scores = new Dictionary<int, float>(known.Documents.Length + work.Documents.Length);
        for (var k = 0; k < known.Documents.Length; k++)
        {
            scores[known.Documents[k]] = known.Scores[k];
        }

        for (var k = 0; k < work.Documents.Length; k++)
        {
            var d = work.Documents[k];
            scores[d] = scores.GetValueOrDefault(d) + (work.Scores[k] * weight);
        }

        var documents = scores.Keys.ToArray();
        Array.Sort(documents);
        return new ConceptList(documents, [.. documents.Select(d => scores[d])]);
    }

    /// <summary>No precomputed list: every concept is walked.</summary>
    public static ConceptLists None { get; } = new([]);

    public int Count => byKey.Count;

    public long EntryCount => byKey.Values.Sum(v => (long)v.List.Documents.Length);

    /// <summary>Every known topic's list, mentions weighed by the field's rule; complete adds to each list what a query will read with it.</summary>
    public static ConceptLists Build(InvertedField field, TopicLexicon lexicon, int size, Func<ConceptList, ConceptList>? complete = null, MentionRule? mentions = null)
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
                var list = scorer.Precompute(field, concepts[c], out references[c], mentions);
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
