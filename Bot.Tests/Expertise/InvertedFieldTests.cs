using ExpertBot.Expertise;

namespace ExpertBot.Tests.Expertise;

public sealed class InvertedFieldTests
{
    [Fact]
    public void Postings_read_back_as_added_whatever_the_gaps_between_documents()
    {
        // Gaps of one to four bytes once encoded, frequencies rounded and capped, and enough documents for several blocks.
        var builder = new InvertedField.Builder();
        int[] sparse = [0, 1, 127, 128, 16_511, 16_512, 2_113_663, 2_113_664, 2_500_000];
        var expected = new List<(int Document, byte Frequency)>();
        for (var document = 0; document <= sparse[^1]; document++)
        {
            var dense = document < 5_000;
            var inSparse = Array.BinarySearch(sparse, document) >= 0;
            var terms = new Dictionary<string, float>();
            if (dense)
            {
                terms["dense"] = (document % 300) + 0.6f;
            }

            if (inSparse)
            {
                terms["sparse"] = 2f;
                expected.Add((document, 2));
            }

            builder.Add(terms, terms.Count);
        }

        var field = builder.Build(ExpertiseSettings.Default.Bm25);

        Assert.True(field.TryGet("sparse", out var start, out var end));
        Assert.Equal(expected, Enumerable.Range(start, end - start).Select(p => (field.Document(p), field.Frequencies[p])));
        Assert.True(field.TryGet("dense", out start, out end));
        Assert.Equal(Enumerable.Range(0, 5_000), Enumerable.Range(start, end - start).Select(field.Document));
        Assert.Equal(
            Enumerable.Range(0, 5_000).Select(d => (byte)Math.Min(255, Math.Round((d % 300) + 0.6))),
            Enumerable.Range(start, end - start).Select(p => field.Frequencies[p]));
    }
}
