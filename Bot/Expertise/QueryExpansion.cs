namespace ExpertBot.Expertise;

/// <summary>
/// Pseudo-relevance feedback: the words the question's best-matching items share ("partitions", "consumer
/// groups" for Kafka) join the question at a small weight, so that work which never names the topic but is
/// plainly about it is found, and a post that names the topic without its substance gains nothing. Learned
/// from the organisation at each question; the lexicon is not needed. Pure: reads a scored field.
/// </summary>
internal static class QueryExpansion
{
    /// <summary>
    /// Whether a question gets feedback: a topic named in one word or name, not a list nor a paragraph ("Eloqua",
    /// "Kubernetes", « paie »). A question of several words already says more of what it is about; on those,
    /// feedback drifted (Stack Exchange titles of two or three words lost it) and doubled the cost of the commonest
    /// questions at 100,000 people (docs/ranking.md).
    /// </summary>
    public static bool Applies(IReadOnlyList<QueryConcept> concepts, ExpertiseSettings settings) =>
        settings.FeedbackWeight > 0 && concepts.Count(c => !c.Expansion) == 1 && !concepts.Any(c => c.Segment > 0);

    /// <summary>
    /// The words the question's best usable items share, at FeedbackWeight in all, for a question feedback
    /// <see cref="Applies"/> to (the caller asks, before it scores the items). A word <paramref name="isCommon"/>
    /// (written everywhere, as <see cref="CommonWords"/> reads it) says nothing of the topic and would walk a long
    /// list: it is not offered.
    /// </summary>
    public static IReadOnlyList<QueryConcept> Expand(
        IReadOnlyList<QueryConcept> concepts,
        ConceptScorer scored,
        ItemSignatures signatures,
        Func<int, bool> usable,
        ExpertiseSettings settings,
        Func<string, bool>? isCommon = null)
    {
        var feedback = BestItems(scored, usable, settings.FeedbackItems);
        if (feedback.Count < settings.FeedbackMinItems)
        {
            return [];
        }

        var asked = new HashSet<string>(concepts.SelectMany(c => c.Alternatives).SelectMany(f => f), StringComparer.Ordinal);
        var best = feedback[0].Score;
        var words = new Dictionary<int, (double Weight, int Items)>();
        foreach (var (item, score) in feedback)
        {
            var terms = signatures.TermsOf(item);
            var weights = signatures.WeightsOf(item);
            for (var k = 0; k < terms.Length && terms[k] >= 0; k++)
            {
                var (weight, items) = words.GetValueOrDefault(terms[k]);
                words[terms[k]] = (weight + (weights[k] * score / best), items + 1);
            }
        }

        var chosen = words
            .Where(w => w.Value.Items >= settings.FeedbackMinItems && !asked.Contains(signatures.TermNames[w.Key]) && isCommon?.Invoke(signatures.TermNames[w.Key]) != true)
            .OrderByDescending(w => w.Value.Weight)
            .ThenBy(w => w.Key)
            .Take(settings.FeedbackTerms)
            .ToArray();
        var total = chosen.Sum(w => w.Value.Weight);
        return [.. chosen.Select(w => new QueryConcept(null, [[signatures.TermNames[w.Key]]])
        {
            Weight = (float)(settings.FeedbackWeight * w.Value.Weight / total),
            Expansion = true,
        })];
    }

    // The highest-scoring usable items, best first; equal scores in item order, so feedback never depends on timing.
    private static List<(int Item, float Score)> BestItems(ConceptScorer scored, Func<int, bool> usable, int count)
    {
        var heap = new PriorityQueue<(int Item, float Score), (float Score, int Negated)>(count + 1);
        for (var k = 0; k < scored.TouchedCount; k++)
        {
            var item = scored.Touched[k];
            var score = scored.Total[item];
            if (score <= 0 || (heap.Count == count && heap.TryPeek(out _, out var least) && score < least.Score) || !usable(item))
            {
                continue;
            }

            heap.Enqueue((item, score), (score, -item));
            if (heap.Count > count)
            {
                heap.Dequeue();
            }
        }

        var best = new List<(int, float)>(heap.Count);
        while (heap.TryDequeue(out var entry, out _))
        {
            best.Add(entry);
        }

        best.Reverse();
        return best;
    }
}
