namespace ExpertBot.Hosting;

/// <summary>
/// Where the bot finds its settings. `dotnet run --project Bot` starts the program in the directory the command
/// was typed in (Bot.csproj sets RunWorkingDirectory), so that the commands' relative paths mean what the user
/// typed; the web host's own files (appsettings.json) are beside the program unless a content root is given.
/// </summary>
internal static class BotHostOptions
{
    public static WebApplicationOptions For(string[] args) => new()
    {
        Args = args,
        ContentRootPath = ContentRootGiven(args) ? null : AppContext.BaseDirectory,
    };

    private static bool ContentRootGiven(string[] args) =>
        args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase) || a.StartsWith("/contentRoot", StringComparison.OrdinalIgnoreCase))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
}
