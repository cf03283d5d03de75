using System.Text.Json;
using ExpertBot.Cli;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Cli;

/// <summary>The executable's commands: answers on stdout, errors on stderr with a non-zero exit code, nothing half-written.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string snapshot = TestSnapshot.Write();
    private readonly string work = Directory.CreateTempSubdirectory("cli-").FullName;

    public void Dispose()
    {
        Directory.Delete(snapshot, recursive: true);
        Directory.Delete(work, recursive: true);
    }

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
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
    public void Web_host_arguments_are_not_taken_for_a_command()
    {
        Assert.False(CommandLine.IsCommand(["--urls", "http://127.0.0.1:3978"]));
        Assert.False(CommandLine.IsCommand([]));
        Assert.True(CommandLine.IsCommand(["rank"]));
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
    public async Task A_missing_option_and_a_missing_snapshot_are_clear_errors()
    {
        var (code, _, err) = await RunAsync("rank", "--snapshot", snapshot);
        Assert.Equal(2, code);
        Assert.Contains("--queries is required", err, StringComparison.Ordinal);

        (code, _, err) = await RunAsync("ask", "--snapshot", Path.Combine(work, "nowhere"), "who knows kubernetes?");
        Assert.NotEqual(0, code);
        Assert.Contains("does not exist", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dotnet_run_reads_relative_paths_from_where_the_command_is_typed()
    {
        // The README's commands are typed at the repository root with paths relative to it; the Web SDK would
        // start the program in Bot/ and find neither file.
        var configuration = typeof(CommandLineTests).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var result = await ProcessResult.RunAsync(
            "dotnet",
            ["run", "--project", "Bot", "-c", configuration, "--no-build", "--", "eval", "--snapshot", "demo/org", "--queries", "demo/org/queries.jsonl"],
            Repository.Root,
            TimeSpan.FromMinutes(3));

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("300 people", result.Output, StringComparison.Ordinal);
        Assert.Contains("NDCG@10", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_prints_the_people_and_their_evidence_in_the_language_of_the_question()
    {
        var (code, output, _) = await RunAsync("ask", "--snapshot", snapshot, "qui connaît le droit du travail ?");
        Assert.Equal(0, code);
        Assert.Contains("Qui connaît", output, StringComparison.Ordinal);
        Assert.Contains("Bernard Dupont", output, StringComparison.Ordinal);
        Assert.Contains("Note sur le droit du travail", output, StringComparison.Ordinal);
    }
}
