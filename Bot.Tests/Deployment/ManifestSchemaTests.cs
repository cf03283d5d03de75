using ExpertBot.Tests.Support;
namespace ExpertBot.Tests.Deployment;

public sealed class ManifestSchemaTests
{
    [Fact]
    public async Task ManifestAndFrenchLocalization_ValidateAgainstTheirTeamsSchemasOffline()
    {
        var script = Repository.PathOf("tests", "manifest", "validate-manifest.mjs");
        Assert.True(File.Exists(script), $"{script} is missing.");

        var result = await ProcessResult.RunAsync("node", [script], Repository.Root, TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode == 0, $"validate-manifest.mjs exited {result.ExitCode}:{Environment.NewLine}{result.Output}");
        Assert.Contains("fr.json", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchemaValidation_FailsOnAnUnknownManifestProperty()
    {
        var directory = Directory.CreateTempSubdirectory("expertbot-manifest-").FullName;
        try
        {
            foreach (var file in new[] { "manifest.json", "fr.json" })
            {
                File.Copy(Repository.PathOf("manifest", file), Path.Combine(directory, file));
            }

            var manifestPath = Path.Combine(directory, "manifest.json");
            var text = await File.ReadAllTextAsync(manifestPath);
            await File.WriteAllTextAsync(manifestPath, text.Replace("\"accentColor\"", "\"accentColour\": \"#000000\", \"accentColor\"", StringComparison.Ordinal));

            var script = Repository.PathOf("tests", "manifest", "validate-manifest.mjs");
            var result = await ProcessResult.RunAsync("node", [script, directory], Repository.Root, TimeSpan.FromMinutes(2));

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("accentColour", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
