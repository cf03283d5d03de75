using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Tests.Expertise;

public sealed class ExpertIndexStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_saved_index_loads_back_and_answers_the_same(bool textbookBm25)
    {
        // BM25's k1 and b are the index's own settings: an index built with others scores with them once loaded.
        var settings = textbookBm25
            ? ExpertiseSettings.Default with { TermSaturation = Bm25Parameters.Textbook.TermSaturation, LengthNormalisation = Bm25Parameters.Textbook.LengthNormalisation }
            : ExpertiseSettings.Default;
        var index = ExpertIndex.Build(new Organisation(
            [new Person { Id = "a", DisplayName = "Alice", Skills = ["Kubernetes"] }, new Person { Id = "b", DisplayName = "Bob" }, new Person { Id = "z", DisplayName = "Zed" }],
            [
                new EvidenceItem { Id = "1", PersonId = "a", Timestamp = Now, Title = "Kubernetes ingress runbook", Text = "Kubernetes, Kubernetes and Kubernetes again.", Url = "https://x/1" },
                new EvidenceItem { Id = "2", PersonId = "b", Timestamp = Now, Title = "Infrastructure as Code (IaC) guide" },
                new EvidenceItem { Id = "3", PersonId = "z", Timestamp = Now, Title = "Budget" },
            ],
            [new Endorsement("b", "a", "k8s", Now)]),
            settings);

        using var stream = new MemoryStream();
        await ExpertIndexStore.SaveAsync(index, stream);
        stream.Position = 0;
        var loaded = await ExpertIndexStore.LoadAsync(stream);

        foreach (var topic in (string[])["k8s", "IaC", "budget"])
        {
            var before = index.Search(new ExpertQuery(topic, Now));
            var after = loaded.Search(new ExpertQuery(topic, Now));
            Assert.Equal(before.Select(m => (m.Person.Id, m.Score, m.Vouched.Count)), after.Select(m => (m.Person.Id, m.Score, m.Vouched.Count)));
        }

        Assert.Equal(settings.Bm25, loaded.Settings.Bm25);
        Assert.Equal(index.ItemCount, loaded.ItemCount);
        Assert.Equal("Alice", loaded.FindPerson("a")?.DisplayName);
    }
}
