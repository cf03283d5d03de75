namespace ExpertBot.Tests.Support;

/// <summary>Finds files of the repository and runs its Node.js tools (the card renderer, manifest schemas).</summary>
internal static class Repository
{
    /// <summary>The folder holding ExpertBot.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static Task<ProcessResult> RunNodeAsync(string script, IEnumerable<string> arguments) =>
        ProcessResult.RunAsync("node", [PathOf(script), .. arguments], Root, TimeSpan.FromMinutes(2));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ExpertBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ExpertBot.sln above {AppContext.BaseDirectory}: the tests run outside the repository.");
    }
}
