using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Tests.Expertise;

public sealed class ExpertIndexStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_saved_index_loads_back_and_answers_the_same()
    {
        var index = ExpertIndex.Build(new Organisation(
            [new Person { Id = "a", DisplayName = "Alice", Skills = ["Kubernetes"] }, new Person { Id = "b", DisplayName = "Bob" }, new Person { Id = "z", DisplayName = "Zed" }],
            [
                new EvidenceItem { Id = "1", PersonId = "a", Timestamp = Now, Title = "Kubernetes ingress runbook", Url = "https://x/1" },
                new EvidenceItem { Id = "2", PersonId = "b", Timestamp = Now, Title = "Infrastructure as Code (IaC) guide" },
                new EvidenceItem { Id = "3", PersonId = "z", Timestamp = Now, Title = "Budget" },
            ],
            [new Endorsement("b", "a", "k8s", Now)]));

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

        Assert.Equal(index.ItemCount, loaded.ItemCount);
        Assert.Equal("Alice", loaded.FindPerson("a")?.DisplayName);
    }
}
