namespace ExpertBot.Tests.Deployment;

internal static class RepositoryRoot
{
    /// <summary>The folder holding ExpertBot.sln, found by walking up from the test binaries.</summary>
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ExpertBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ExpertBot.sln above {AppContext.BaseDirectory}.");
    }
}
