using ExpertBot.Cli;
using ExpertBot.Conversation;
using ExpertBot.Expertise;
using ExpertBot.Snapshots;

namespace ExpertBot.Evaluation;

/// <summary>
/// rank --snapshot DIR --queries FILE --out FILE [--top N] [--as-of DATE] [--baseline bm25] [--lexicon on|off] [--set Name=Value,...]:
/// one line of ranked people per query, with the same settings as eval's, so that a figure can be read query by query.
/// </summary>
internal static class RankCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var a = Arguments.Parse(args, ["--snapshot", "--queries", "--out", "--top", "--as-of", .. SettingsOverride.Options]);
        var snapshot = a.Required("--snapshot");
        var queriesPath = a.Required("--queries");
        var output = a.Required("--out");
        var top = a.Int("--top", 20, 1, 1000);
        var (settings, _, _) = SettingsOverride.FromArguments(a, "bm25");

        var queries = await QueryFile.ReadAsync(queriesPath, cancellationToken);
        var index = ExpertIndex.Build(await SnapshotReader.ReadAsync(snapshot, cancellationToken), settings);

        // The snapshot's newest item is "now" unless told otherwise, so that results are reproducible.
        var asOf = a.Date("--as-of") ?? index.LatestTimestamp;
        var ranked = queries.Select(query => (query.Id, Matches: index.Search(new ExpertQuery(QuestionParser.TopicOf(query.Text), asOf, top))));
        await JsonLinesFile.WriteAsync(output, ranked, static (writer, line) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", line.Id);
            writer.WriteStartArray("results");
            foreach (var match in line.Matches)
            {
                writer.WriteStartObject();
                writer.WriteString("personId", match.Person.Id);
                writer.WriteNumber("score", Math.Round(match.Score, 6));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }, cancellationToken);
        await stderr.WriteLineAsync($"ranked {queries.Count} queries over {index.PeopleCount} people → {output}");
        return 0;
    }
}
