using ExpertBot.Demo;
using ExpertBot.Snapshots;

namespace ExpertBot.Tests.Demo;

public sealed class GenerateCommandTests
{
    [Theory]
    [InlineData("--people", "ten", "--out", "x")]
    [InlineData("--people", "5", "--out", "x")]
    [InlineData("--seed", "1.5", "--out", "x")]
    [InlineData("--as-of", "yesterday", "--out", "x")]
    [InlineData("--items-per-person", "0", "--out", "x")]
    [InlineData("--people", "300")]
    [InlineData("--colour", "blue", "--out", "x")]
    [InlineData("--out")]
    public async Task Bad_arguments_fail_with_a_message_and_write_nothing(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = await GenerateCommand.RunCommandAsync(args, stdout, stderr, CancellationToken.None);

        Assert.NotEqual(0, exitCode);
        Assert.StartsWith("error:", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage:", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("", stdout.ToString());
        Assert.False(Directory.Exists("x"));
    }

    [Fact]
    public async Task Generated_folder_loads_as_a_snapshot()
    {
        var directory = Path.Combine(Path.GetTempPath(), "expertbot-generate-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stdout = new StringWriter();
            var exitCode = await GenerateCommand.RunCommandAsync(
                ["generate", "--people", "120", "--seed", "5", "--as-of", "2026-11-20", "--items-per-person", "10", "--out", directory],
                stdout, new StringWriter(), CancellationToken.None);

            Assert.Equal(0, exitCode);
            Assert.Contains("120 people", stdout.ToString(), StringComparison.Ordinal);
            var organisation = await SnapshotReader.ReadAsync(directory);
            Assert.Equal(120, organisation.People.Count);
            Assert.All(organisation.Signals, s => Assert.True(s.Timestamp <= new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero)));
            Assert.True(File.Exists(Path.Combine(directory, SyntheticOrganisationFiles.QueriesFile)));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
