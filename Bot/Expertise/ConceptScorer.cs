namespace ExpertBot.Expertise;

/// <summary>
/// Scores the documents of a field for a query's concepts without allocating: a document's score is the sum,
/// over concepts, of its best BM25 among the concept's forms; a form of several words counts only where all
/// its words occur. Scratch arrays are rented per query and cleaned through the lists of touched documents.
/// </summary>
internal sealed class ConceptScorer
{
    private readonly float[] alternative;
    private readonly byte[] hits;
    private readonly float[] best;
    private readonly int[] alternativeTouched;
    private readonly int[] bestTouched;

    public ConceptScorer(int size)
    {
        alternative = new float[size];
        hits = new byte[size];
        best = new float[size];
        alternativeTouched = new int[size];
        bestTouched = new int[size];
        Total = new float[size];
        Touched = new int[size];
    }

    /// <summary>The score of each touched document; zero elsewhere.</summary>
    public float[] Total { get; }

    public int[] Touched { get; }

    public int TouchedCount { get; private set; }

    /// <summary>Scores the field; returns the query's reference score (the sum of each concept's best idf), the scale of one strong match.</summary>
    public float Score(InvertedField field, IReadOnlyList<QueryConcept> concepts)
    {
        var reference = 0f;
        for (var c = 0; c < concepts.Count; c++)
        {
            var bestCount = 0;
            var conceptReference = 0f;
            var forms = concepts[c].Alternatives;
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

                var formReference = 0f;
                var count = 0;
                for (var t = 0; t < form.Length; t++)
                {
                    field.TryGet(form[t], out var start, out var end);
                    var idf = field.Idf(start, end);
                    formReference += idf;
                    for (var p = start; p < end; p++)
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

                conceptReference = Math.Max(conceptReference, formReference);
                for (var k = 0; k < count; k++)
                {
                    var d = alternativeTouched[k];
                    if (hits[d] >= form.Length)
                    {
                        if (best[d] == 0)
                        {
                            bestTouched[bestCount++] = d;
                        }

                        best[d] = Math.Max(best[d], alternative[d]);
                    }

                    alternative[d] = 0;
                    hits[d] = 0;
                }
            }

            reference += conceptReference;
            for (var k = 0; k < bestCount; k++)
            {
                var d = bestTouched[k];
                if (Total[d] == 0)
                {
                    Touched[TouchedCount++] = d;
                }

                Total[d] += best[d];
                best[d] = 0;
            }
        }

        return reference;
    }

    public void Clear()
    {
        for (var k = 0; k < TouchedCount; k++)
        {
            Total[Touched[k]] = 0;
        }

        TouchedCount = 0;
    }
}
