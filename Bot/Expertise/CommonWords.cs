namespace ExpertBot.Expertise;

/// <summary>
/// Which words of a question only qualify what its topic's other words match: in a topic of a few words, a word
/// the organisation writes everywhere and that is not a known topic ("management" in "supplier risk management",
/// in more than <see cref="ExpertiseSettings.CommonWordShare"/> of the items) says nothing of the topic alone,
/// as in Lucene's CommonTermsQuery. <see cref="ConceptScorer"/> scores such words last, only where matched.
/// </summary>
internal static class CommonWords
{
    /// <summary>
    /// A bit per concept (of the first 64) that is a common word only qualifying what its topic's other concepts
    /// match: one word of one form (or with its translations, see WithItsFrench), not a known topic, held by more than
    /// commonShare of the documents, or a word of the kind of topic asked (<see cref="QueryConcept.Kind"/>), in a topic
    /// with another concept that matches something. None when commonShare is 0.
    /// </summary>
    public static ulong Of(InvertedField field, IReadOnlyList<QueryConcept> concepts, ConceptLists? lists, double commonShare)
    {
        if (commonShare <= 0 || concepts.Count < 2)
        {
            return 0;
        }

        var common = 0UL;
        for (var c = 0; c < Math.Min(concepts.Count, 64); c++)
        {
            // In a paragraph read word by word every word is the question's; in a topic of a few words, not.
            var concept = concepts[c];
            if (concept is { Key: null, Core: false, Expansion: false }
                && QueryTopics.IsTopic(InTopic(concepts, concept.Segment), concept.Named)
                && (concept.Kind || ((concept.Alternatives.Count == 1 || WithItsFrench(concepts, concept)) && IsCommonWord(field, concept, commonShare))))
            {
                common |= 1UL << c;
            }
        }

        // Of a topic whose every word is common ("project management"), every word counts as usual.
        var qualified = 0UL;
        for (var c = 0; c < Math.Min(concepts.Count, 64) && common != 0; c++)
        {
            if ((common & (1UL << c)) == 0)
            {
                continue;
            }

            for (var o = 0; o < concepts.Count; o++)
            {
                // A word of the kind of topic needs a word the question names beside it, not only the topic's learned
                // work; that word may be common itself: in "transport management", where "transport" is in more than
                // the common share of items, "management" still only qualifies (it had counted in full, as if asked).
                // A common word needs a word that is not, or the topic's learned work.
                if (concepts[o].Segment == concepts[c].Segment && o != c
                    && (o >= 64 || (common & (1UL << o)) == 0 || (concepts[c].Kind && !concepts[o].Kind && !concepts[o].Expansion))
                    && !(concepts[c].Kind && concepts[o].Expansion) && Matches(field, concepts[o], lists))
                {
                    qualified |= 1UL << c;
                    break;
                }
            }
        }

        return qualified;
    }

    // Whether a word and its translations ("data" and « donnée », "supplier" and « fournisseur ») are common together:
    // of a longer name of the organisation's own ("CDISC clinical data standards") and of a known topic the question
    // refines ("supplier risk management": risk management is its core). Counted apart, the word escaped the rule
    // wherever the lexicon knew its French, and counted in full (120,000 items for "supplier" at 100,000 people).
    // Not in every topic of a few words: there a common word with its French is often half the topic ("gouvernance
    // des données", « image de marque » on demo/org lost half their NDCG@10 when it only qualified).
    private static bool WithItsFrench(IReadOnlyList<QueryConcept> concepts, QueryConcept concept) =>
        concept.Named || concepts.Any(other => other.Core && other.Segment == concept.Segment);

    // A word (and its translations, each one word): common when together they are held by more than commonShare.
    private static bool IsCommonWord(InvertedField field, QueryConcept concept, double commonShare)
    {
        if (commonShare <= 0)
        {
            return false;
        }

        var held = 0;
        foreach (var form in concept.Alternatives)
        {
            if (form is not [var word])
            {
                return false;
            }

            held += field.TryGet(word, out var start, out var end) ? end - start : 0;
        }

        return held > commonShare * field.DocumentCount;
    }

    /// <summary>Whether more than commonShare of the documents hold the word: alone it says nothing of a topic (0: no word is).</summary>
    public static bool IsCommon(InvertedField field, string word, double commonShare) =>
        commonShare > 0 && field.TryGet(word, out var start, out var end) && end - start > commonShare * field.DocumentCount;

    // How many of the question's concepts (learned work aside) belong to one of its topics.
    private static int InTopic(IReadOnlyList<QueryConcept> concepts, int segment)
    {
        var count = 0;
        foreach (var concept in concepts)
        {
            count += concept.Segment == segment && !concept.Expansion ? 1 : 0;
        }

        return count;
    }

    // Whether a concept matches any document: a form whose every word the field holds, or a non-empty list.
    private static bool Matches(InvertedField field, QueryConcept concept, ConceptLists? lists)
    {
        if (lists is not null && lists.TryGet(concept, out var list, out _) && list.Documents.Length > 0)
        {
            return true;
        }

        foreach (var form in concept.Alternatives)
        {
            var all = form.Length > 0;
            foreach (var word in form)
            {
                all &= field.TryGet(word, out _, out _);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
