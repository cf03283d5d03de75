using System.Text.Json;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Evaluation;

/// <summary>Bot.Tools' commands: the same conventions as the bot's (stdout, stderr, exit codes, nothing half-written).</summary>
public sealed class ToolCommandsTests : IDisposable
{
    private readonly string snapshot = TestSnapshot.Write();
    private readonly string work = Directory.CreateTempSubdirectory("tools-").FullName;

    public void Dispose()
    {
        Directory.Delete(snapshot, recursive: true);
        Directory.Delete(work, recursive: true);
    }

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await ToolCommands.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task An_unknown_command_is_an_error_with_the_usage()
    {
        var (code, _, err) = await RunAsync("rnak", "--snapshot", snapshot);
        Assert.Equal(2, code);
        Assert.Contains("unknown command 'rnak'", err, StringComparison.Ordinal);
        Assert.Contains("rank", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_prints_the_usage_and_fails()
    {
        var (code, output, err) = await RunAsync();
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("generate", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rank_writes_one_line_per_query_best_first()
    {
        var queries = Path.Combine(work, "queries.jsonl");
        var output = Path.Combine(work, "out.jsonl");
        await File.WriteAllLinesAsync(queries, ["""{"id":"q1","text":"who knows kubernetes?"}""", """{"id":"q2","text":"qui connaît le droit du travail ?"}"""]);

        var (code, _, err) = await RunAsync("rank", "--snapshot", snapshot, "--queries", queries, "--out", output);

        Assert.True(code == 0, err);
        var lines = (await File.ReadAllLinesAsync(output)).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["q1", "q2"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("p-alice", lines[0].GetProperty("results")[0].GetProperty("personId").GetString());
        Assert.Equal("p-bernard", lines[1].GetProperty("results")[0].GetProperty("personId").GetString());
    }

    [Fact]
    public async Task Rank_takes_the_settings_eval_takes_so_a_figure_can_be_read_query_by_query()
    {
        var queries = Path.Combine(work, "queries.jsonl");
        await File.WriteAllLinesAsync(queries, ["""{"id":"q1","text":"who knows kubernetes?"}"""]);
        async Task<double> TopScoreAsync(params string[] options)
        {
            var output = Path.Combine(work, $"out-{options.Length}.jsonl");
            var (code, _, err) = await RunAsync(["rank", "--snapshot", snapshot, "--queries", queries, "--out", output, .. options]);
            Assert.True(code == 0, err);
            return JsonDocument.Parse((await File.ReadAllLinesAsync(output))[0]).RootElement.GetProperty("results")[0].GetProperty("score").GetDouble();
        }

        var expertBot = await TopScoreAsync();
        Assert.NotEqual(expertBot, await TopScoreAsync("--baseline", "bm25"));
        Assert.NotEqual(expertBot, await TopScoreAsync("--lexicon", "off", "--set", "ItemDecay=1,VouchWeight=0"));

        var (badCode, _, badErr) = await RunAsync("rank", "--snapshot", snapshot, "--queries", queries, "--out", Path.Combine(work, "x.jsonl"), "--baseline", "popularity");
        Assert.Equal(2, badCode);
        Assert.Contains("--baseline must be bm25", badErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_query_line_fails_with_its_line_number_and_writes_nothing()
    {
        var queries = Path.Combine(work, "queries.jsonl");
        var output = Path.Combine(work, "out.jsonl");
        await File.WriteAllLinesAsync(queries, ["""{"id":"q1","text":"kubernetes"}""", """{"id":"q2"}"""]);

        var (code, _, err) = await RunAsync("rank", "--snapshot", snapshot, "--queries", queries, "--out", output);

        Assert.NotEqual(0, code);
        Assert.Contains("queries.jsonl:2", err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_person_planted_as_a_ring_member_and_a_siblings_expert_counts_as_a_ring_member()
    {
        // Alice leads "kubernetes" but is not relevant to it here: the answer key plants her twice on the topic.
        var queries = Path.Combine(work, "queries.jsonl");
        var roles = Path.Combine(work, "roles.jsonl");
        await File.WriteAllLinesAsync(queries, ["""{"id":"kubernetes:1","text":"who knows kubernetes?","group":"canonical","relevant":{"p-nobody":2}}"""]);
        await File.WriteAllLinesAsync(roles, [
            """{"personId":"p-alice","role":"ring-member","topic":"Kubernetes"}""",
            """{"personId":"p-alice","role":"sibling-expert","topic":"Kubernetes"}""",
            """{"personId":"p-alice","role":"expert","topic":"Kubernetes"}""",
        ]);

        var (code, output, err) = await RunAsync("eval", "--snapshot", snapshot, "--queries", queries, "--roles", roles);

        Assert.True(code == 0, err);
        Assert.Contains("ring-member 1, manager 0, sibling-expert 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_option_is_a_clear_error()
    {
        var (code, _, err) = await RunAsync("rank", "--snapshot", snapshot);
        Assert.Equal(2, code);
        Assert.Contains("--queries is required", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dotnet_run_reads_relative_paths_from_where_the_command_is_typed()
    {
        // The README's commands are typed at the repository root with paths relative to it (RunWorkingDirectory).
        var configuration = typeof(ToolCommandsTests).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var result = await ProcessResult.RunAsync(
            "dotnet",
            ["run", "--project", "Bot.Tools", "-c", configuration, "--no-build", "--", "eval", "--snapshot", "demo/org", "--queries", "demo/org/queries.jsonl"],
            Repository.Root,
            TimeSpan.FromMinutes(3));

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("300 people", result.Output, StringComparison.Ordinal);
        Assert.Contains("NDCG@10", result.Output, StringComparison.Ordinal);
    }
}
