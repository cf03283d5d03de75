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

    [Fact]
    public void Word_ids_of_one_two_and_three_bytes_read_back_as_fed()
    {
        var organisation = new Organisation([new Person { Id = "a", DisplayName = "A" }], [], []);
        var collector = new TopicModelCollector(organisation, TopicLexicon.Empty, chunkSize: 64);
        string[] many = [.. Enumerable.Range(0, 20_000).Select(w => $"w{w}")];
        string[][] fed = [many[..100], many, [many[19_999], many[0], many[300], many[16_384], many[127], many[128]]];
        foreach (var (terms, i) in fed.Select((t, i) => (t, i)))
        {
            var item = new EvidenceItem { Id = $"i{i}", PersonId = "a", Timestamp = DateTimeOffset.UnixEpoch };
            collector.BeginItem(item);
            collector.AddTerms(terms);
            collector.EndItem(item);
        }

        var names = collector.WordIds.ToDictionary(w => w.Value, w => w.Key);
        Assert.All(fed.Select((terms, i) => (terms, i)), f => Assert.Equal(f.terms, collector.WordsOf(collector.RowOfItem[f.i]).ToArray().Select(id => names[id])));
    }
}

