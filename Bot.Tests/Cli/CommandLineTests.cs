using ExpertBot.Cli;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Cli;

/// <summary>The deployed executable's commands: answers on stdout, errors on stderr with a non-zero exit code.</summary>
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
        var (code, _, err) = await RunAsync("aks", "--snapshot", snapshot);
        Assert.Equal(2, code);
        Assert.Contains("unknown command 'aks'", err, StringComparison.Ordinal);
        Assert.Contains("ask", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_host_arguments_are_not_taken_for_a_command()
    {
        Assert.False(CommandLine.IsCommand(["--urls", "http://127.0.0.1:3978"]));
        Assert.False(CommandLine.IsCommand([]));
        Assert.True(CommandLine.IsCommand(["ask"]));
    }

    [Theory]
    [InlineData("rank")]
    [InlineData("eval")]
    [InlineData("generate")]
    [InlineData("package")]
    public async Task A_command_that_moved_to_the_tools_names_its_new_invocation(string command)
    {
        var (code, output, err) = await RunAsync(command, "--out", Path.Combine(work, "x"));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"dotnet run --project Bot.Tools -c Release -- {command}", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(work, "x")));
    }

    [Fact]
    public async Task A_missing_snapshot_is_a_clear_error()
    {
        var (code, _, err) = await RunAsync("ask", "--snapshot", Path.Combine(work, "nowhere"), "who knows kubernetes?");
        Assert.NotEqual(0, code);
        Assert.Contains("does not exist", err, StringComparison.Ordinal);
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
