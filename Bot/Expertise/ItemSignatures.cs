namespace ExpertBot.Expertise;

/// <summary>
/// Each item's few most telling words (highest BM25 weight among words neither rare nor everywhere), kept so that
/// a query can learn from its best-matching items which words the organisation uses for the topic: Kafka items
/// that say "partitions", "consumer groups" and "offsets". Computed from the inverted field in one pass over its
/// postings, at build and at load alike; about 64 bytes an item.
/// </summary>
internal sealed class ItemSignatures
{
    public const int Size = 8;

    // Words in fewer items than this are names and one-offs; in more than this share of items, office filler.
    private const int RarestUseful = 3;
    private const double CommonestUseful = 0.05;

    private readonly int[] terms;
    private readonly float[] weights;

    public ItemSignatures(InvertedField field)
    {
        var n = field.DocumentCount;
        terms = new int[n * Size];
        weights = new float[n * Size];
        Array.Fill(terms, -1);
        var ceiling = Math.Max(RarestUseful, (int)(n * CommonestUseful));
        var offsets = field.Offsets;
        for (var id = 0; id + 1 < offsets.Length; id++)
        {
            var (start, end) = (offsets[id], offsets[id + 1]);
            if (end - start < RarestUseful || end - start > ceiling)
            {
                continue;
            }

            var idf = field.Idf(start, end);
            for (var p = start; p < end; p++)
            {
                Keep(field.Document(p), id, field.Score(p, idf));
            }
        }

        TermNames = new string[offsets.Length - 1];
        foreach (var (term, id) in field.Terms)
        {
            TermNames[id] = term;
        }
    }

    /// <summary>The word of each term id of the field.</summary>
    public string[] TermNames { get; }

    public ReadOnlySpan<int> TermsOf(int item) => terms.AsSpan(item * Size, Size);

    public ReadOnlySpan<float> WeightsOf(int item) => weights.AsSpan(item * Size, Size);

    // The item's Size best words, best first; ties keep the earlier term id, so signatures never depend on timing.
    private void Keep(int item, int term, float weight)
    {
        var at = item * Size;
        var last = at + Size - 1;
        if (terms[last] >= 0 && weight <= weights[last])
        {
            return;
        }

        var i = last;
        while (i > at && (terms[i - 1] < 0 || weight > weights[i - 1]))
        {
            terms[i] = terms[i - 1];
            weights[i] = weights[i - 1];
            i--;
        }

        terms[i] = term;
        weights[i] = weight;
    }
}
