using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Tests.Snapshots;

public sealed class SnapshotReaderTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("snapshot-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private void Write(string file, params string[] lines) => File.WriteAllLines(Path.Combine(directory, file), lines);

    [Fact]
    public async Task Reads_people_signals_and_endorsements_with_graph_property_names()
    {
        Write("people.jsonl",
            """{"id":"u1","displayName":"Alice Martin","jobTitle":"Platform engineer","skills":["Kubernetes"],"unknownField":1}""",
            "",
            """{"id":"u2","displayName":"Léa Dubois","preferredLanguage":"fr-FR"}""");
        Write("signals.jsonl",
            """{"id":"s1","personId":"u1","timestamp":"2026-10-01T10:00:00Z","kind":"Document","title":"k8s runbook","url":"https://contoso.example/a"}""",
            """{"id":"s2","personId":"u2","timestamp":"2026-10-02","visibility":"private","title":"Confidential"}""");
        Write("endorsements.jsonl", """{"endorserId":"u2","endorseeId":"u1","topic":"Kubernetes","timestamp":"2026-10-03T00:00:00Z"}""");

        var organisation = await SnapshotReader.ReadAsync(directory);

        Assert.Equal(2, organisation.People.Count);
        Assert.Equal(["Kubernetes"], organisation.People[0].Skills);
        Assert.Equal("document", organisation.Signals[0].Kind);
        Assert.Equal(Visibility.Private, organisation.Signals[1].Visibility);
        Assert.Single(organisation.Endorsements);
    }

    [Theory]
    [InlineData("""{"id":"s1","personId":"u1"}""", "'timestamp' is required")]
    [InlineData("""{"id":"s1","personId":"u1","timestamp":"yesterday"}""", "not an ISO 8601 date")]
    [InlineData("""{"id":"s1","personId":"u1","timestamp":"2026-01-01","url":"javascript:alert(1)"}""", "http(s) URL")]
    [InlineData("""{"id":"s1","personId":"u1","timestamp":"2026-01-01","visibility":"secret"}""", "'visibility'")]
    [InlineData("""{"id":"s1", "personId":""", "not valid JSON")]
    [InlineData("""[1,2]""", "expected a JSON object")]
    public async Task A_bad_line_fails_the_whole_load_naming_file_line_and_reason(string badLine, string reason)
    {
        Write("people.jsonl", """{"id":"u1","displayName":"Alice"}""");
        Write("signals.jsonl", """{"id":"s0","personId":"u1","timestamp":"2026-01-01T00:00:00Z"}""", badLine);

        var error = await Assert.ThrowsAsync<SnapshotFormatException>(() => SnapshotReader.ReadAsync(directory));

        Assert.Equal("signals.jsonl", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_person_ids_are_refused()
    {
        Write("people.jsonl", """{"id":"u1","displayName":"Alice"}""", """{"id":"u1","displayName":"Alice again"}""");
        var error = await Assert.ThrowsAsync<SnapshotFormatException>(() => SnapshotReader.ReadAsync(directory));
        Assert.Contains("duplicate person id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Written_snapshots_read_back_identically()
    {
        var organisation = new Organisation(
            [new Person { Id = "u1", DisplayName = "Zoë « test »", Skills = ["RGPD"], AboutMe = "line1\nline2" }],
            [new EvidenceItem { Id = "s1", PersonId = "u1", Timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), Title = "Note", Visibility = Visibility.Private }],
            [new Endorsement("u2", "u1", "GDPR", new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero))]);

        await SnapshotWriter.WriteAsync(directory, organisation);
        var read = await SnapshotReader.ReadAsync(directory);

        Assert.Equal(organisation.People[0].DisplayName, read.People[0].DisplayName);
        Assert.Equal(organisation.People[0].Skills, read.People[0].Skills);
        Assert.Equal(organisation.Signals[0], read.Signals[0]);
        Assert.Equal(organisation.Endorsements[0], read.Endorsements[0]);
    }
}
