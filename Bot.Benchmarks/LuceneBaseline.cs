using ExpertBot.Expertise;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace ExpertBot.Benchmarks;

/// <summary>
/// The plain lexical yardstick of issue #3: one Lucene document per evidence item (title and text in one field,
/// StandardAnalyzer, BM25), a query as a BooleanQuery of its terms, and people ranked the simplest way, by the
/// sum of their items' scores among the top hits. No meaning, no endorsements, no profile, no explanations.
/// </summary>
internal sealed class LuceneBaseline : IDisposable
{
    /// <summary>How many item hits are aggregated into people.</summary>
    public const int Hits = 1_000;

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string Content = "content";
    private const string Owner = "person";

    private readonly Directory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Analyzer analyzer = new StandardAnalyzer(Version);
    private readonly int[] documentPerson;

    private LuceneBaseline(Directory directory)
    {
        this.directory = directory;
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };

        // Owners by document id, read once: a hit's person is then an array lookup.
        documentPerson = new int[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(Owner);
            for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++)
            {
                documentPerson[leaf.DocBase + d] = (int)values.Get(d);
            }
        }
    }

    public int DocumentCount => reader.NumDocs;

    public static void Build(Organisation organisation, string path)
    {
        var people = new Dictionary<string, int>(organisation.People.Count, StringComparer.Ordinal);
        for (var i = 0; i < organisation.People.Count; i++)
        {
            people.TryAdd(organisation.People[i].Id, i);
        }

        using var directory = FSDirectory.Open(path);
        using var analyzer = new StandardAnalyzer(Version);
        var config = new IndexWriterConfig(Version, analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 256,
        };
        using var writer = new IndexWriter(directory, config);
        var content = new TextField(Content, string.Empty, Field.Store.NO);
        var owner = new NumericDocValuesField(Owner, 0);
        var document = new Document { content, owner };
        foreach (var item in organisation.Signals)
        {
            // Like the engine's default: private items are not indexed at all.
            if (item.Visibility == Visibility.Private || !people.TryGetValue(item.PersonId, out var person))
            {
                continue;
            }

            content.SetStringValue($"{item.Title}\n{item.Text}");
            owner.SetInt64Value(person);
            writer.AddDocument(document);
        }

        // One segment: the best case for the baseline's query speed.
        writer.ForceMerge(1);
        writer.Commit();
    }

    public static LuceneBaseline Open(string path) => new(new MMapDirectory(new DirectoryInfo(path)));

    /// <summary>People by the sum of their items' BM25 scores among the top <see cref="Hits"/> items.</summary>
    public IReadOnlyList<KeyValuePair<int, float>> Search(string topic, int top)
    {
        var query = new BooleanQuery();
        using (var tokens = analyzer.GetTokenStream(Content, topic))
        {
            var term = tokens.AddAttribute<ICharTermAttribute>();
            tokens.Reset();
            while (tokens.IncrementToken())
            {
                query.Add(new TermQuery(new Term(Content, term.ToString())), Occur.SHOULD);
            }

            tokens.End();
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var hits = searcher.Search(query, Hits).ScoreDocs;
        var scores = new Dictionary<int, float>();
        foreach (var hit in hits)
        {
            var person = documentPerson[hit.Doc];
            scores[person] = scores.GetValueOrDefault(person) + hit.Score;
        }

        return [.. scores.OrderByDescending(s => s.Value).Take(top)];
    }

    public void Dispose()
    {
        analyzer.Dispose();
        reader.Dispose();
        directory.Dispose();
    }
}
