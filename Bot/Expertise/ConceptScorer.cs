namespace ExpertBot.Expertise;

/// <summary>
/// Scores the documents of a field for a query's concepts without allocating: a document's score is the sum,
/// over concepts, of its best BM25 among the concept's forms; a form of several words counts only where all
/// its words occur. Scratch arrays are rented per query and cleaned through the lists of touched documents.
/// </summary>
internal sealed class ConceptScorer
{
    // How many postings ahead a walk asks the processor for the documents it will score.
    private const int PrefetchDistance = 16;

    private readonly float[] best;
    private readonly int[] bestTouched;
    private float[]? alternative;
    private byte[]? hits;
    private int[]? alternativeTouched;
    private int[] formStarts = new int[4];
    private int[] formEnds = new int[4];
    private float[] formIdfs = new float[4];

    // A bit per document, set when the query touches it: reading the set bits in order sorts the touched
    // documents in one pass over size / 64 words instead of a comparison sort.
    private readonly ulong[] marks;
    private int lastTouched = -1;
    private bool tracksCovered;
    private bool touchedInOrder = true;

    // The query's rule for mentions, and the learned topic whose mentions the concept being added weighs less (-1: none).
    private MentionRule? mentions;
    private int mentionTopic = -1;

    public ConceptScorer(int size)
    {
        Covered = new uint[size];
        marks = new ulong[(size + 63) / 64];
        best = new float[size];
        bestTouched = new int[size];
        Total = new float[size];
        Touched = new int[size];
    }

    /// <summary>The bytes a scorer for this many documents holds (its arrays), for measurements.</summary>
    public static long Bytes(int size) =>
        ((long)size * ((sizeof(float) * 2) + (sizeof(int) * 2) + sizeof(uint))) + ((size + 63L) / 64 * sizeof(ulong));

    /// <summary>The score of each touched document; zero elsewhere.</summary>
    public float[] Total { get; }

    public int[] Touched { get; }

    /// <summary>Which of the question's topics (concept segments) each touched document matches, a bit per topic.</summary>
    public uint[] Covered { get; }

    /// <summary>Each topic's share of the query's reference: how much of the question a match on it answers.</summary>
    public float[] ConceptShares { get; private set; } = [];

    public int TouchedCount { get; private set; }

    /// <summary>Scores the field; returns the query's reference score (the sum of each concept's best idf), the scale of one strong match.</summary>
    public float Score(InvertedField field, IReadOnlyList<QueryConcept> concepts, bool exhaustive = false) =>
        Score(field, concepts, exhaustive ? null : ConceptLists.None, exhaustive);

    /// <summary>
    /// Scores the field, reading a known topic's precomputed list (built by the same walk as below) instead of
    /// walking its forms' postings; the exhaustive reference never reads them. A word the question names that
    /// is not a known topic and that more than <paramref name="commonShare"/> of the documents hold ("management"
    /// in "supplier risk management") only adds to documents its topic's other words match, as Lucene's
    /// CommonTermsQuery: alone it says nothing of the topic (0 turns this off).
    /// </summary>
    public float Score(InvertedField field, IReadOnlyList<QueryConcept> concepts, ConceptLists? lists, bool exhaustive = false, double commonShare = 0, MentionRule? mentionRule = null)
    {
        mentions = mentionRule;
        var reference = 0f;
        var segments = 1;
        foreach (var concept in concepts)
        {
            segments = Math.Max(segments, Math.Min(concept.Segment, 30) + 1);
        }

        var shares = ConceptShares.Length == segments ? ConceptShares : new float[segments];
        Array.Clear(shares);

        // Which topic each document matches is only read for a question of several topics or with a core.
        tracksCovered = false;
        foreach (var concept in concepts)
        {
            tracksCovered |= concept.Segment > 0 || concept.Core;
        }

        // The words that only qualify are scored last, once the documents their topic's other words match are known.
        var common = CommonWords.Of(field, concepts, lists, commonShare);
        for (var c = 0; c < concepts.Count; c++)
        {
            if (c >= 64 || (common & (1UL << c)) == 0)
            {
                reference += AddConcept(field, concepts[c], lists, exhaustive, shares, qualifies: false);
            }
        }

        for (var c = 0; c < Math.Min(concepts.Count, 64) && common != 0; c++)
        {
            if ((common & (1UL << c)) != 0)
            {
                reference += AddConcept(field, concepts[c], lists, exhaustive, shares, qualifies: true);
            }
        }

        for (var c = 0; c < shares.Length; c++)
        {
            shares[c] = reference > 0 ? shares[c] / reference : 0;
        }

        ConceptShares = shares;
        (mentions, mentionTopic) = (null, -1);
        return reference;
    }

    // One concept into the totals; returns what it adds to the reference. A qualifying word adds only to documents already matched.
    private float AddConcept(InvertedField field, QueryConcept concept, ConceptLists? lists, bool exhaustive, float[] shares, bool qualifies)
    {
        var segment = Math.Min(concept.Segment, 30);
        var bit = (1U << segment) | (concept.Core ? QueryConcept.CoreBit : 0);
        mentionTopic = mentions?.TopicOf(concept) ?? -1;
        var weight = concept.Weight;
        var counted = concept.Expansion ? 0f : 1f;
        if (lists is not null && (!exhaustive || concept.Alternatives.Count == 0) && lists.TryGet(concept, out var list, out var listReference))
        {
            shares[segment] += listReference * counted;
            var documents = list.Documents;
            var scores = list.Scores;
            for (var k = 0; k < documents.Length; k++)
            {
                if (k + PrefetchDistance < documents.Length)
                {
                    Prefetch.Element(Total, documents[k + PrefetchDistance]);
                }

                Add(documents[k], scores[k] * weight, bit);
            }

            return listReference * counted;
        }

        if (concept.Alternatives is [[var word]] && field.TryGet(word, out var start, out var end))
        {
            // One word, one form: its postings go straight into the totals, as ScoreConcept scores them.
            var idf = field.Idf(start, end);
            shares[segment] += idf * counted;
            if (qualifies)
            {
                AddWordWhereMatched(field, start, end, idf, weight, bit, 1U << segment);
            }
            else
            {
                AddWord(field, start, end, idf, weight, bit);
            }

            return idf * counted;
        }

        if (qualifies && !exhaustive && concept.Alternatives.All(form => form.Length == 1))
        {
            // A common word with its translations ("management", « gestion »): only where the topic matched.
            var qualifying = AddWordsWhereMatched(field, concept.Alternatives, weight, bit, 1U << segment);
            shares[segment] += qualifying * counted;
            return qualifying * counted;
        }

        var bestCount = ScoreConcept(field, concept.Alternatives, exhaustive, out var conceptReference);
        shares[segment] += conceptReference * counted;
        for (var k = 0; k < bestCount; k++)
        {
            if (k + PrefetchDistance < bestCount)
            {
                Prefetch.Element(Total, bestTouched[k + PrefetchDistance]);
            }

            var d = bestTouched[k];
            if (!qualifies || Matched(d, 1U << segment))
            {
                Add(d, Mentioned(d, best[d]) * weight, bit);
            }

            best[d] = 0;
        }

        return conceptReference * counted;
    }

    /// <summary>
    /// One concept's documents and scores, in the order the query walk adds them (so results are the same to
    /// the last tie), mentions weighed by mentionRule, and its reference: what
    /// <see cref="Score(InvertedField, IReadOnlyList{QueryConcept}, ConceptLists?, bool, double, MentionRule?)"/> adds for it.
    /// </summary>
    internal ConceptList Precompute(InvertedField field, QueryConcept concept, out float conceptReference, MentionRule? mentionRule = null)
    {
        ArgumentNullException.ThrowIfNull(concept);
        var bestCount = ScoreConcept(field, concept.Alternatives, exhaustive: false, out conceptReference);
        var topic = mentionRule?.TopicOf(concept) ?? -1;
        var documents = new int[bestCount];
        var scores = new float[bestCount];
        for (var k = 0; k < bestCount; k++)
        {
            var d = bestTouched[k];
            documents[k] = d;
            scores[k] = mentionRule is null ? best[d] : mentionRule.Weigh(d, best[d], topic);
            best[d] = 0;
        }

        // In document order, so that a query on this one concept touches documents in order.
        Array.Sort(documents, scores);
        return new ConceptList(documents, scores);
    }

    /// <summary>Each document's best score among the concept's forms, in best; the documents in bestTouched; returns their count.</summary>
    private int ScoreConcept(InvertedField field, IReadOnlyList<string[]> forms, bool exhaustive, out float conceptReference)
    {
        var bestCount = 0;
        conceptReference = 0f;
        if (forms is [[var word]])
        {
            // One word, one form: its BM25 is already at its own idf (what the normalisation below would give,
            // without its rounding), as AddWord adds it.
            if (!field.TryGet(word, out var start, out var end))
            {
                return 0;
            }

            conceptReference = field.Idf(start, end);
            return ScoreWord(field, start, end, conceptReference, 0, 1f);
        }

        for (var a = 0; a < forms.Count; a++)
        {
            var form = forms[a];
            var present = true;
            for (var t = 0; t < form.Length && present; t++)
            {
                present = field.TryGet(form[t], out _, out _);
            }

            if (!present)
            {
                continue;
            }

            if (formStarts.Length < form.Length)
            {
                formStarts = new int[form.Length];
                formEnds = new int[form.Length];
                formIdfs = new float[form.Length];
            }

            var formReference = 0f;
            var rarest = 0;
            var rarestCount = int.MaxValue;
            for (var t = 0; t < form.Length; t++)
            {
                field.TryGet(form[t], out var start, out var end);
                formStarts[t] = start;
                formEnds[t] = end;
                formIdfs[t] = field.Idf(start, end);
                formReference += formIdfs[t];
                if (end - start < rarestCount)
                {
                    (rarest, rarestCount) = (t, end - start);
                }
            }

            conceptReference = Math.Max(conceptReference, formReference);

            var normal = 1f / formReference;
            if (exhaustive)
            {
                bestCount = ScoreEveryPosting(field, form, bestCount, normal);
                continue;
            }

            if (form.Length == 1)
            {
                bestCount = ScoreWord(field, formStarts[0], formEnds[0], formIdfs[0], bestCount, normal);
                continue;
            }

            // A form of several words counts only where all occur: walk the rarest word's postings and find
            // the others by galloping search, instead of scoring every posting of a common word.
            for (var p = formStarts[rarest]; p < formEnds[rarest]; p++)
            {
                var d = field.Document(p);
                var score = 0f;
                var all = true;
                for (var t = 0; t < form.Length && all; t++)
                {
                    var q = t == rarest ? p : field.Seek(formStarts[t], formEnds[t], d);
                    formStarts[t] = t == rarest ? formStarts[t] : Math.Min(q < 0 ? ~q : q, formEnds[t]);
                    all = q >= 0;
                    if (all)
                    {
                        score += field.Score(q, formIdfs[t]);
                    }
                }

                if (!all)
                {
                    continue;
                }

                if (best[d] == 0)
                {
                    bestTouched[bestCount++] = d;
                }

                best[d] = Math.Max(best[d], score * normal);
            }
        }

        // All forms of a concept are one word for BM25 (as Lucene's SynonymQuery): its idf is that of every
        // document any form matches, so a rare alias ("k8s") does not outweigh the usual name.
        if (bestCount > 0)
        {
            conceptReference = field.Idf(0, bestCount);
            for (var k = 0; k < bestCount; k++)
            {
                best[bestTouched[k]] *= conceptReference;
            }
        }

        return bestCount;
    }

    /// <summary>A concept of one word of one form: each posting's BM25 times weight added to its document's total.</summary>
    private void AddWord(InvertedField field, int start, int end, float idf, float weight, uint bit)
    {
        for (var p = start; p < end; p++)
        {
            if (p + PrefetchDistance < end)
            {
                var ahead = field.Document(p + PrefetchDistance);
                field.PrefetchDocument(ahead);
                Prefetch.Element(Total, ahead);
            }

            var d = field.Document(p);
            Add(d, Mentioned(d, field.Score(p, idf)) * weight, bit);
        }
    }

    // A document's match on the concept being added, less where it only mentions the concept's topic (MentionRule).
    private float Mentioned(int document, float score) =>
        mentionTopic >= 0 ? mentions!.Weigh(document, score, mentionTopic) : score;

    // A document's share of the query: touched the first time, its topic bits kept where they are read.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Add(int document, float score, uint bit)
    {
        if (Total[document] == 0)
        {
            Touch(document);
        }

        Total[document] += score;
        if (tracksCovered)
        {
            Covered[document] |= bit;
        }
    }

    // Whether the query touched a document: a bit per document, few enough to stay in cache, read before its totals.
    private bool WasTouched(int document) => (marks[document >> 6] & (1UL << document)) != 0;

    // Whether the question's topic (its bit) already matched a document: only there does a common word add.
    private bool Matched(int document, uint segmentBit) =>
        tracksCovered ? (Covered[document] & segmentBit) != 0 : Total[document] != 0;

    /// <summary>
    /// A common word of several one-word forms (itself and its translations) that only qualifies, as ScoreConcept and
    /// the loop after it score it, without scoring the documents its topic's other words did not match: its idf is
    /// that of every document any form holds (counted by merging the forms' postings), and a document's score its best
    /// form's. "management" and « gestion » are 110,000 postings at 100,000 people, of which a question's topic matches
    /// a few thousand. Returns the concept's reference.
    /// </summary>
    private float AddWordsWhereMatched(InvertedField field, IReadOnlyList<string[]> forms, float weight, uint bit, uint segmentBit)
    {
        var present = 0;
        foreach (var form in forms)
        {
            if (field.TryGet(form[0], out var start, out var end))
            {
                if (formStarts.Length <= present)
                {
                    Array.Resize(ref formStarts, present * 2);
                    Array.Resize(ref formEnds, present * 2);
                    Array.Resize(ref formIdfs, present * 2);
                }

                (formStarts[present], formEnds[present], formIdfs[present]) = (start, end, field.Idf(start, end));
                present++;
            }
        }

        if (present == 0)
        {
            return 0f;
        }

        var reference = field.Idf(0, DocumentsOfAny(field, present));
        var bestCount = 0;
        for (var f = 0; f < present; f++)
        {
            var normal = 1f / formIdfs[f];
            for (var p = formStarts[f]; p < formEnds[f]; p++)
            {
                var d = field.Document(p);
                if (!WasTouched(d) || !Matched(d, segmentBit))
                {
                    continue;
                }

                if (best[d] == 0)
                {
                    bestTouched[bestCount++] = d;
                }

                best[d] = Math.Max(best[d], field.Score(p, formIdfs[f]) * normal);
            }
        }

        for (var k = 0; k < bestCount; k++)
        {
            var d = bestTouched[k];
            Add(d, Mentioned(d, best[d] * reference) * weight, bit);
            best[d] = 0;
        }

        return reference;
    }

    // How many documents hold any of the first count forms (formStarts, formEnds): a merge of their postings.
    private int DocumentsOfAny(InvertedField field, int count)
    {
        Span<int> heads = count <= 8 ? stackalloc int[count] : new int[count];
        formStarts.AsSpan(0, count).CopyTo(heads);
        var documents = 0;
        while (true)
        {
            var next = int.MaxValue;
            for (var f = 0; f < count; f++)
            {
                if (heads[f] < formEnds[f])
                {
                    next = Math.Min(next, field.Document(heads[f]));
                }
            }

            if (next == int.MaxValue)
            {
                return documents;
            }

            documents++;
            for (var f = 0; f < count; f++)
            {
                if (heads[f] < formEnds[f] && field.Document(heads[f]) == next)
                {
                    heads[f]++;
                }
            }
        }
    }

    /// <summary>A common word that only qualifies: its BM25 added where its topic's other words already matched.</summary>
    private void AddWordWhereMatched(InvertedField field, int start, int end, float idf, float weight, uint bit, uint segmentBit)
    {
        for (var p = start; p < end; p++)
        {
            if (p + PrefetchDistance < end)
            {
                // Only a document the query touched is read further: most of a common word's are not.
                var ahead = field.Document(p + PrefetchDistance);
                if (WasTouched(ahead))
                {
                    if (tracksCovered)
                    {
                        Prefetch.Element(Covered, ahead);
                    }
                    else
                    {
                        Prefetch.Element(Total, ahead);
                    }
                }
            }

            var d = field.Document(p);
            if (!WasTouched(d) || !Matched(d, segmentBit))
            {
                continue;
            }

            Add(d, field.Score(p, idf) * weight, bit);
        }
    }

    /// <summary>A form of one word: its postings in order, each document's length and best score asked for ahead.</summary>
    private int ScoreWord(InvertedField field, int start, int end, float idf, int bestCount, float normal)
    {
        for (var p = start; p < end; p++)
        {
            if (p + PrefetchDistance < end)
            {
                var ahead = field.Document(p + PrefetchDistance);
                field.PrefetchDocument(ahead);
                Prefetch.Element(best, ahead);
            }

            var d = field.Document(p);
            var score = field.Score(p, idf) * normal;
            if (best[d] == 0)
            {
                bestTouched[bestCount++] = d;
            }

            best[d] = Math.Max(best[d], score);
        }

        return bestCount;
    }

    /// <summary>The reference for the fast path: every posting of every word of the form is scored, then kept where all words occur.</summary>
    private int ScoreEveryPosting(InvertedField field, string[] form, int bestCount, float normal)
    {
        var size = Total.Length;
        alternative ??= new float[size];
        hits ??= new byte[size];
        alternativeTouched ??= new int[size];
        var count = 0;
        for (var t = 0; t < form.Length; t++)
        {
            var idf = formIdfs[t];
            for (var p = formStarts[t]; p < formEnds[t]; p++)
            {
                var d = field.Document(p);
                if (hits[d] == 0)
                {
                    alternativeTouched[count++] = d;
                }

                hits[d]++;
                alternative[d] += field.Score(p, idf);
            }
        }

        for (var k = 0; k < count; k++)
        {
            var d = alternativeTouched[k];
            if (hits[d] >= form.Length)
            {
                if (best[d] == 0)
                {
                    bestTouched[bestCount++] = d;
                }

                best[d] = Math.Max(best[d], alternative[d] * normal);
            }

            alternative[d] = 0;
            hits[d] = 0;
        }

        return bestCount;
    }

    /// <summary>Puts the touched documents in increasing order.</summary>
    public void SortTouched()
    {
        if (touchedInOrder)
        {
            return;
        }

        // Few: a comparison sort; many: read the marks in order.
        if (TouchedCount < marks.Length / 8)
        {
            Array.Sort(Touched, 0, TouchedCount);
        }
        else
        {
            var n = 0;
            for (var w = 0; w < marks.Length; w++)
            {
                var word = marks[w];
                while (word != 0)
                {
                    Touched[n++] = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
                    word &= word - 1;
                }
            }
        }

        touchedInOrder = true;
    }

    public void Clear()
    {
        for (var k = 0; k < TouchedCount; k++)
        {
            var d = Touched[k];
            Total[d] = 0;
            if (tracksCovered)
            {
                Covered[d] = 0;
            }

            marks[d >> 6] = 0;
        }

        TouchedCount = 0;
        lastTouched = -1;
        touchedInOrder = true;
    }

    private void Touch(int document)
    {
        Touched[TouchedCount++] = document;
        marks[document >> 6] |= 1UL << document;
        touchedInOrder &= document > lastTouched;
        lastTouched = document;
    }
}
