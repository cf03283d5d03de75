namespace ExpertBot.Expertise;

/// <summary>
/// A compact BM25 inverted index over numbered documents: one term dictionary and, per term, a slice of two
/// flat arrays (document ids ascending, term frequencies). No object per posting, so millions of items fit.
/// </summary>
internal sealed class InvertedField
{
    private readonly Dictionary<string, int> terms;
    private readonly int[] offsets;
    private readonly int[] documents;
    private readonly byte[] frequencies;
    private readonly float[] lengths;
    private readonly float averageLength;
    private readonly float k1;
    private readonly float b;

    internal InvertedField(Dictionary<string, int> terms, int[] offsets, int[] documents, byte[] frequencies, float[] lengths, Bm25Parameters parameters)
    {
        (k1, b) = ((float)parameters.TermSaturation, (float)parameters.LengthNormalisation);
        this.terms = terms;
        this.offsets = offsets;
        this.documents = documents;
        this.frequencies = frequencies;
        this.lengths = lengths;
        var total = 0.0;
        foreach (var length in lengths)
        {
            total += length;
        }

        averageLength = lengths.Length == 0 ? 1f : (float)Math.Max(1, total / lengths.Length);
    }

    public int DocumentCount => lengths.Length;

    public int TermCount => terms.Count;

    public int PostingCount => documents.Length;

    internal IReadOnlyDictionary<string, int> Terms => terms;

    internal int[] Offsets => offsets;

    internal int[] Documents => documents;

    internal byte[] Frequencies => frequencies;

    internal float[] Lengths => lengths;

    public bool TryGet(string term, out int start, out int end)
    {
        if (terms.TryGetValue(term, out var id))
        {
            start = offsets[id];
            end = offsets[id + 1];
            return true;
        }

        start = end = 0;
        return false;
    }

    public float Idf(int start, int end)
    {
        var df = end - start;
        return (float)Math.Log(1 + (lengths.Length - df + 0.5) / (df + 0.5));
    }

    public int Document(int posting) => documents[posting];

    /// <summary>Asks for what <see cref="Score"/> will read of a document, ahead of reading it.</summary>
    public void PrefetchDocument(int document) => Prefetch.Element(lengths, document);

    public float Score(int posting, float idf)
    {
        float tf = frequencies[posting];
        var norm = k1 * (1 - b + b * lengths[documents[posting]] / averageLength);
        return idf * tf * (k1 + 1) / (tf + norm);
    }

    /// <summary>The posting of a document in a term's slice, or -1: documents are ascending, so a binary search.</summary>
    public int Find(int start, int end, int document)
    {
        var i = Array.BinarySearch(documents, start, end - start, document);
        return i >= 0 ? i : -1;
    }

    /// <summary>
    /// The posting of a document in documents[start..end), or the bitwise complement of where it would be:
    /// galloping from start, so that walking ascending documents costs the log of the gaps, not of the list.
    /// </summary>
    public int Seek(int start, int end, int document)
    {
        var step = 1;
        var low = start;
        var high = start;
        while (high < end && documents[high] < document)
        {
            low = high + 1;
            high = start + step;
            step <<= 1;
        }

        high = Math.Min(high, end - 1);
        return low > high ? ~low : Array.BinarySearch(documents, low, high - low + 1, document);
    }

    /// <summary>Collects documents in ascending order; frequencies are rounded and capped at 255.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
        private readonly List<Postings> postings = [];
        private readonly List<float> lengths = [];

        public int Add(Dictionary<string, float> termFrequencies, float length)
        {
            var document = lengths.Count;
            lengths.Add(length);
            foreach (var (term, frequency) in termFrequencies)
            {
                if (!ids.TryGetValue(term, out var id))
                {
                    // Interned: one string per distinct term, however many items use it.
                    ids[string.Intern(term)] = id = postings.Count;
                    postings.Add(new Postings());
                }

                postings[id].Add(document, (byte)Math.Clamp(Math.Round(frequency), 1, 255));
            }

            return document;
        }

        public InvertedField Build(Bm25Parameters parameters)
        {
            var offsets = new int[postings.Count + 1];
            for (var i = 0; i < postings.Count; i++)
            {
                offsets[i + 1] = offsets[i] + postings[i].Count;
            }

            var documents = new int[offsets[^1]];
            var frequencies = new byte[offsets[^1]];
            for (var i = 0; i < postings.Count; i++)
            {
                postings[i].CopyTo(documents, frequencies, offsets[i]);
                postings[i] = null!;
            }

            return new InvertedField(ids, offsets, documents, frequencies, [.. lengths], parameters);
        }

        // One term's documents while the field is built: each as its gap from the previous one (a variable-length
        // number, one or two bytes for most: items are numbered by owner) and its frequency, in blocks that are
        // never copied: about a third of the memory of an int and a byte per document, and no garbage from growing.
        private sealed class Postings
        {
            private const int LargestBlock = 8192;
            private const int MostBytesOfOne = VarInt.MostBytes + 1;

            private List<(byte[] Block, int Used)>? full;
            private byte[] block = new byte[16];
            private int used;
            private int last = -1;

            public int Count { get; private set; }

            public void Add(int document, byte frequency)
            {
                if (used + MostBytesOfOne > block.Length)
                {
                    (full ??= []).Add((block, used));
                    (block, used) = (new byte[Math.Min(block.Length * 2, LargestBlock)], 0);
                }

                VarInt.Write(block, ref used, (uint)(document - last));
                block[used++] = frequency;
                last = document;
                Count++;
            }

            public void CopyTo(int[] allDocuments, byte[] allFrequencies, int offset)
            {
                var (document, posting) = (-1, offset);
                foreach (var (bytes, length) in full ?? [])
                {
                    Decode(bytes, length, allDocuments, allFrequencies, ref document, ref posting);
                }

                Decode(block, used, allDocuments, allFrequencies, ref document, ref posting);
            }

            private static void Decode(byte[] bytes, int length, int[] allDocuments, byte[] allFrequencies, ref int document, ref int posting)
            {
                for (var read = 0; read < length; posting++)
                {
                    document += VarInt.Read(bytes, ref read);
                    allDocuments[posting] = document;
                    allFrequencies[posting] = bytes[read++];
                }
            }
        }
    }
}
