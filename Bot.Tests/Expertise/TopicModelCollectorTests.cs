using ExpertBot.Expertise;

namespace ExpertBot.Tests.Expertise;

public sealed class TopicModelCollectorTests
{
    [Fact]
    public void Each_items_distinct_words_are_kept_whole_across_buffer_chunks()
    {
        var organisation = new Organisation([new Person { Id = "a", DisplayName = "A" }], [], []);
        var collector = new TopicModelCollector(organisation, TopicLexicon.Empty, chunkSize: 8);
        var fed = new List<string[]>();
        for (var i = 0; i < 12; i++)
        {
            // 5 words (one repeated), then one of 20 words: longer than a chunk; every third item is private.
            string[] terms = i == 7 ? [.. Enumerable.Range(0, 20).Select(w => $"long{w}")] : [$"w{i}", $"x{i}", $"w{i}", $"y{i}", $"z{i}"];
            var item = new EvidenceItem { Id = $"i{i}", PersonId = "a", Timestamp = DateTimeOffset.UnixEpoch, Kind = EvidenceKinds.Document, Visibility = i % 3 == 2 ? Visibility.Private : Visibility.Organization };
            collector.BeginItem(item);
            collector.AddTerms(terms[..2]);
            collector.AddTerms(terms[2..]);
            collector.EndItem(item);
            fed.Add(i % 3 == 2 ? [] : [.. terms.Distinct()]);
        }

        var names = collector.WordIds.ToDictionary(w => w.Value, w => w.Key);
        Assert.Equal(12, collector.RowOfItem.Count);
        for (var i = 0; i < 12; i++)
        {
            var row = collector.RowOfItem[i];
            if (i % 3 == 2)
            {
                Assert.Equal(-1, row);
                continue;
            }

            Assert.Equal(fed[i], collector.WordsOf(row).ToArray().Select(id => names[id]));
            Assert.Equal($"i{i}", collector.RowItemIds[row]);
        }
    }
}
