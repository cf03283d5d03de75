using ExpertBot.Localization;

namespace ExpertBot.Expertise;

/// <summary>
/// What the topic model (<see cref="VocabularyTopicCatalogue"/>) reads of each item, collected while the item's
/// text is analysed — by the index builder, so that an organisation's text is analysed once for search and topics.
/// Per work item (public, not a meeting) it keeps the distinct words and the candidate phrases it names, in two flat
/// arrays (no object per item: two million items fit), and who names each candidate. Feed items with
/// <see cref="BeginItem"/>, <see cref="AddTerms"/> (the title's terms, then the text's: a phrase never spans them)
/// and <see cref="EndItem"/>; then <see cref="Build"/>.
/// </summary>
internal sealed class TopicModelCollector
{
    public const int MaxPhraseTerms = 6;

    private readonly PhraseIndex candidateIndex;
    private readonly List<string> found = [];
    private readonly List<int> named = [];

    // The distinct words of work item r: in chunk wordChunk[r], from byte wordStarts[r] to wordEnds[r], each id a
    // variable-length number (one or two bytes for most: ids are numbered as words are first met, so common words
    // come first). Chunks of a fixed size, a row never split across two: the buffer grows without the copies (and
    // twice the memory) of doubling.
    private readonly int chunkSize;
    private readonly List<byte[]> chunks;
    private int[] decoded = new int[64];
    private int chunkUsed;
    private int rowStart;
    private readonly List<int> wordChunk;
    private readonly List<int> wordStarts;
    private readonly List<int> wordEnds;

    // The candidates work item r names: candidatesNamed[namedStarts[r]..namedStarts[r + 1]].
    private int[] candidatesNamed = new int[1 << 10];
    private int namedCount;
    private readonly List<int> namedStarts;
    private readonly List<string> rowItemIds;
    private readonly List<string> rowPeople;
    private readonly List<int> rowOfItem;

    // The row a word was last seen in, to keep each word once per item.
    private int[] lastRow = new int[1 << 12];
    private bool inWork;
    private int items;
    private readonly HashSet<string> frenchSpeakers = new(StringComparer.Ordinal);
    private readonly HashSet<string> otherSpeakers = new(StringComparer.Ordinal);

    public TopicModelCollector(Organisation organisation, TopicLexicon lexicon, int chunkSize = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(lexicon);
        this.chunkSize = chunkSize;
        chunks = [new byte[chunkSize]];

        // At most a row per item: sized once, the lists never leave the garbage of growing.
        var most = organisation.Signals.Count;
        (wordChunk, wordStarts, wordEnds, rowOfItem) = (new(most), new(most), new(most), new(most));
        (rowItemIds, rowPeople, namedStarts) = (new(most), new(most), new(most + 1) { 0 });
        Candidates = TopicCandidates.Collect(organisation, lexicon, MaxPhraseTerms);
        candidateIndex = new PhraseIndex(Candidates.OfPhrase.Keys);
        Users = new HashSet<string>?[Candidates.Count];
        Array.Fill(lastRow, -1);
        foreach (var person in organisation.People)
        {
            if (person.PreferredLanguage is { } language)
            {
                (LanguageExtensions.FromLocale(language) == Language.French ? frenchSpeakers : otherSpeakers).Add(person.Id);
            }
        }
    }

    /// <summary>The people whose profile says they prefer French, and those who say another language.</summary>
    public IReadOnlySet<string> FrenchSpeakers => frenchSpeakers;

    public IReadOnlySet<string> OtherSpeakers => otherSpeakers;

    public TopicCandidates Candidates { get; }

    /// <summary>Who names each candidate in their work.</summary>
    public HashSet<string>?[] Users { get; }

    public Dictionary<string, int> WordIds { get; } = new(StringComparer.Ordinal);

    public int Rows => rowPeople.Count;

    public IReadOnlyList<string> RowItemIds => rowItemIds;

    public IReadOnlyList<string> RowPeople => rowPeople;

    /// <summary>The row of each item fed, in the order fed (-1 for an item that is not work).</summary>
    public IReadOnlyList<int> RowOfItem => rowOfItem;

    // Meetings name whoever was invited and private items never count: neither is work that shows a topic.
    public static bool IsWork(EvidenceItem item) => item.Visibility != Visibility.Private && item.Kind != EvidenceKinds.Meeting;

    public void BeginItem(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        inWork = IsWork(item);
        found.Clear();
    }

    public void AddTerms(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (!inWork)
        {
            return;
        }

        candidateIndex.Find(terms, found);
        var row = rowPeople.Count;
        foreach (var term in terms)
        {
            if (!WordIds.TryGetValue(term, out var id))
            {
                id = WordIds.Count;
                WordIds[term] = id;
                if (id >= lastRow.Length)
                {
                    var grown = new int[lastRow.Length * 2];
                    Array.Fill(grown, -1, lastRow.Length, grown.Length - lastRow.Length);
                    Array.Copy(lastRow, grown, lastRow.Length);
                    lastRow = grown;
                }
            }

            if (lastRow[id] != row)
            {
                lastRow[id] = row;
                AppendWord(id);
            }
        }
    }

    public void EndItem(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        items++;
        if (!inWork)
        {
            rowOfItem.Add(-1);
            return;
        }

        named.Clear();
        foreach (var phrase in found)
        {
            var candidate = Candidates.OfPhrase[phrase];
            if (!named.Contains(candidate))
            {
                named.Add(candidate);
                (Users[candidate] ??= new HashSet<string>(StringComparer.Ordinal)).Add(item.PersonId);
            }
        }

        foreach (var candidate in named)
        {
            Append(ref candidatesNamed, ref namedCount, candidate);
        }

        rowOfItem.Add(rowPeople.Count);
        rowItemIds.Add(item.Id);
        rowPeople.Add(item.PersonId);
        wordChunk.Add(chunks.Count - 1);
        wordStarts.Add(rowStart);
        wordEnds.Add(chunkUsed);
        rowStart = chunkUsed;
        namedStarts.Add(namedCount);
        inWork = false;
    }

    /// <summary>The distinct word ids of a work item, in the order met; read them before the next call, which reuses the span.</summary>
    public ReadOnlySpan<int> WordsOf(int row)
    {
        var bytes = chunks[wordChunk[row]];
        var count = 0;
        for (var read = wordStarts[row]; read < wordEnds[row]; count++)
        {
            if (count == decoded.Length)
            {
                Array.Resize(ref decoded, count * 2);
            }

            decoded[count] = VarInt.Read(bytes, ref read);
        }

        return decoded.AsSpan(0, count);
    }

    /// <summary>The candidates a work item names.</summary>
    public ReadOnlySpan<int> CandidatesOf(int row) => candidatesNamed.AsSpan(namedStarts[row], namedStarts[row + 1] - namedStarts[row]);

    /// <summary>The topic model of what was collected.</summary>
    public VocabularyTopicCatalogue Build(TopicLexicon lexicon) => VocabularyTopicCatalogue.Build(this, lexicon);

    private void AppendWord(int id)
    {
        var chunk = chunks[^1];
        if (chunkUsed + VarInt.MostBytes > chunk.Length)
        {
            // The row so far moves to a new chunk (a row longer than a chunk gets a chunk of its own size).
            var length = chunkUsed - rowStart;
            var next = new byte[Math.Max(chunkSize, (length + VarInt.MostBytes) * 2)];
            Array.Copy(chunk, rowStart, next, 0, length);
            chunks.Add(next);
            (chunk, rowStart, chunkUsed) = (next, 0, length);
        }

        VarInt.Write(chunk, ref chunkUsed, (uint)id);
    }

    private static void Append(ref int[] buffer, ref int count, int value)
    {
        if (count == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        buffer[count++] = value;
    }
}
