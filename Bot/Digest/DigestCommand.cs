using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ExpertBot.Cli;
using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Snapshots;

namespace ExpertBot.Digest;

/// <summary>
/// <c>digest --snapshot DIR --as-of YYYY-MM-DD [--json] [--lang fr]</c>: the rising experts the weekly digest
/// would show for the week ending at that date, from a snapshot (no privacy preferences: nobody opted out).
/// </summary>
internal static class DigestCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var a = Arguments.Parse(args, ["--snapshot", "--as-of", "--lang"], ["--json"]);
        var snapshot = a.Required("--snapshot");
        if (!DateOnly.TryParseExact(a.Required("--as-of"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var weekEnding))
        {
            throw new CommandLineException("--as-of must be a date such as 2026-11-20");
        }

        var language = a.Optional("--lang") is "fr" ? Language.French : Language.English;
        var organisation = await SnapshotReader.ReadAsync(snapshot, cancellationToken);
        var topics = VocabularyTopicCatalogue.Build(organisation, ExpertIndexBuilder.Lexicon(organisation, ExpertiseSettings.Default));
        var result = RiserDetector.Detect(organisation, topics, weekEnding, new HashSet<string>());
        if (a.Has("--json"))
        {
            await stdout.WriteLineAsync(ToJson(result, topics, language));
            return 0;
        }

        var texts = Texts.For(language);
        await stdout.WriteLineAsync($"{texts["DigestTitle"]} — {weekEnding:yyyy-MM-dd} ({topics.Topics.Count} topics)");
        foreach (var topic in result.Topics)
        {
            var name = topics.Topics[topic.TopicId].NameIn(language);
            await stdout.WriteLineAsync($"\n{name}");
            foreach (var riser in topic.Risers)
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {riser.Score,6:0.00}  {riser.Person.DisplayName} ({riser.Person.Id}): {RiserReason.Format(riser, name, language)}"));
            }
        }

        return 0;
    }

    internal static string ToJson(DigestResult result, ITopicCatalogue topics, Language language)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("weekEnding", result.WeekEnding.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteStartArray("topics");
            foreach (var topic in result.Topics)
            {
                w.WriteStartObject();
                var name = topics.Topics[topic.TopicId].NameIn(language);
                w.WriteString("topic", name);
                if (topics.Topics[topic.TopicId].Key is { } key)
                {
                    w.WriteString("key", key);
                }

                w.WriteStartArray("risers");
                foreach (var riser in topic.Risers)
                {
                    w.WriteStartObject();
                    w.WriteString("personId", riser.Person.Id);
                    w.WriteString("name", riser.Person.DisplayName);
                    w.WriteString("reason", RiserReason.Format(riser, name, language));
                    w.WriteNumber("score", riser.Score);
                    w.WriteBoolean("newcomer", riser.IsNewcomer);
                    w.WriteStartArray("evidence");
                    foreach (var item in riser.Evidence)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", item.Id);
                        w.WriteString("title", item.Title ?? item.Kind);
                        if (item.Url is not null)
                        {
                            w.WriteString("url", item.Url);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
