using System.Text.Encodings.Web;
using System.Text.Json;
using ExpertBot.Conversation;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Cli;

/// <summary>rank --snapshot DIR --queries FILE --out FILE [--top N] [--as-of DATE]: one line of ranked people per query.</summary>
internal static class RankCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var a = Arguments.Parse(args, ["--snapshot", "--queries", "--out", "--top", "--as-of"]);
        var snapshot = a.Required("--snapshot");
        var queriesPath = a.Required("--queries");
        var output = a.Required("--out");
        var top = a.Int("--top", 20, 1, 1000);

        var queries = await QueryFile.ReadAsync(queriesPath, cancellationToken);
        var index = ExpertIndex.Build(await SnapshotReader.ReadAsync(snapshot, cancellationToken));

        // The snapshot's newest item is "now" unless told otherwise, so that results are reproducible.
        var asOf = a.Date("--as-of") ?? index.LatestTimestamp;
        var temporary = output + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            foreach (var query in queries)
            {
                var matches = index.Search(new ExpertQuery(QuestionParser.TopicOf(query.Text), asOf, top));
                using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                writer.WriteStartObject();
                writer.WriteString("id", query.Id);
                writer.WriteStartArray("results");
                foreach (var match in matches)
                {
                    writer.WriteStartObject();
                    writer.WriteString("personId", match.Person.Id);
                    writer.WriteNumber("score", Math.Round(match.Score, 6));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                await writer.FlushAsync(cancellationToken);
                stream.WriteByte((byte)'\n');
            }
        }

        File.Move(temporary, output, overwrite: true);
        await stderr.WriteLineAsync($"ranked {queries.Count} queries over {index.PeopleCount} people → {output}");
        return 0;
    }
}
